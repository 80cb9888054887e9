// French function words (prepositions, conjunctions, adverbs, indefinite words) that often open a sentence with a
// capital ("Selon", "Pendant", "Alors") but never belong to a person's name.
export const FUNCTION_WORDS: readonly string[] = [
  'de', 'd’', 'dans', 'avec', 'pendant', 'selon', 'comme', 'alors', 'mais', 'et', 'ou', 'plusieurs', 'quelques',
  'cela', 'ceci', 'pour', 'par', 'sur', 'sous', 'après', 'avant', 'depuis', 'en', 'à', 'si', 'quand', 'lors',
  'tous', 'tout', 'toute', 'toutes', 'chaque', 'aucun', 'aucune', 'qui', 'que', 'quoi', 'où', 'donc', 'or', 'ni',
  'car', 'puis', 'ainsi', 'enfin', 'pourtant', 'cependant', 'bien', 'même', 'entre', 'vers', 'chez', 'contre',
  'malgré', 'sans', 'parmi', 'lorsque', 'puisque', 'tandis',
];
