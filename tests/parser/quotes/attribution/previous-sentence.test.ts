// The rule "the sentence before names the speaker": a colon, a verb of saying, or the subject of the sentence.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('the sentence before names the speaker', () => {
  it.each<[string, string[], Credited[]]>([
    ['a colon ends the paragraph before', ['Sophie Binet, secrétaire générale de la CGT, a réagi mardi soir :', '« C’est un passage en force inacceptable. »'], [['C’est un passage en force inacceptable.', 'Sophie Binet']]],
    ['an inverted verb ends the sentence before', ['Peu d’hommes politiques ont été aussi diabolisés, constate Le Monde. « Mais quand même, il n’était pas ce dadais. »'], [['Mais quand même, il n’était pas ce dadais.', 'Le Monde']]],
    ['the subject, not the object, of a verb that could be inverted', ['Le journal rappelle sa disgrâce politique.', '« Populaire et doué, il avait tout pour réussir. »'], [['Populaire et doué, il avait tout pour réussir.', 'le journal']]],
    ['the paper is the subject of the sentence before', ['« Victime de son image », résume Le Soir.', 'Le journal rappelle sa disgrâce politique. « Populaire et doué, il avait tout pour réussir. »'], [['Victime de son image', 'Le Soir'], ['Populaire et doué, il avait tout pour réussir.', 'Le Soir']]],
    ['a paper that names no person, inverted without a comma', ['Peu d’élus ont été autant critiqués que lui constate De Standaard. « Il n’a jamais su dire non à un micro. »'], [['Il n’a jamais su dire non à un micro.', 'De Standaard']]],
    ['in a press review, the paper that opens the sentence, whoever it names', ['« Victime de son image », résume Le Soir.', 'Het Nieuwsblad se montre sévère, comparant Paul Durand à Serge Gainsbourg et à Silvio Berlusconi. « Il roulait en Porsche et le disait. »'], [['Victime de son image', 'Le Soir'], ['Il roulait en Porsche et le disait.', 'Het Nieuwsblad']]],
    ['the editorialist cited by "selon" is the paper quoted last', ['« Il était son pire ennemi », lance Le Monde.', 'Son seul problème était, selon l’éditorialiste, son besoin d’être aimé, pour lequel il était prêt à tout.', '« Populiste avant la lettre mais avec un coeur rouge. Il avait un problème d’élocution. »'], [['Il était son pire ennemi', 'Le Monde'], ['Populiste avant la lettre mais avec un coeur rouge. Il avait un problème d’élocution.', 'Le Monde']]],
    ['a paper whose title ends in lower case, not its verb', ['Le Petit journal rappelle sa disgrâce. « Il voulait sa deuxième chance. »'], [['Il voulait sa deuxième chance.', 'Le Petit journal']]],
    ['the one full name after an opening apposition', ['Mère de deux enfants, Lucie et Jeanne, Anna Berger avait repris l’entraînement en 2019. « J’ai tout donné à ce sport, sans jamais tricher. »'], [['J’ai tout donné à ce sport, sans jamais tricher.', 'Anna Berger']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Credited[]]>([
    ['two people named before', ['Jean Castel a rencontré Sophie Binet mardi.', '« Le dialogue est rompu. »'], [['Le dialogue est rompu.', null]]],
    ['the full name after the opening words is not a verb’s subject', ['Au premier rang, Anna Berger, sa sœur et ses parents applaudissaient.', '« J’ai tout donné à ce sport, sans jamais tricher. »'], [['J’ai tout donné à ce sport, sans jamais tricher.', null]]],
    ['in a press review, a person who opens the sentence and meets another', ['« Victime de son image », résume Le Soir.', 'Paul Durand a rencontré Serge Gainsbourg à Paris. « Il roulait en Porsche et le disait. »'], [['Victime de son image', 'Le Soir'], ['Il roulait en Porsche et le disait.', null]]],
    ['a sentence naming several people, outside a press review', ['Het Nieuwsblad se montre sévère, comparant Paul Durand à Serge Gainsbourg et à Silvio Berlusconi. « Il roulait en Porsche et le disait. »'], [['Il roulait en Porsche et le disait.', null]]],
    ['a body cited by "selon" outside a press review', ['Selon la préfecture, deux personnes ont été blessées. « C’était terrible, tout a brûlé en quelques minutes. »'], [['C’était terrible, tout a brûlé en quelques minutes.', null]]],
    ['a sentence about a thing', ['La séance a été levée vers midi.', '« Rien n’est réglé. »'], [['Rien n’est réglé.', null]]],
  ])('credits no one when %s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
