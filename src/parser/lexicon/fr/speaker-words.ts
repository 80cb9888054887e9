// The words around a speaker's name in French news: what ends the phrase that names a speaker, which determiners
// make a source anonymous, which nouns name a body rather than a person, and what may stand between a verb and
// its inverted subject ("a déclaré lundi le ministre").

/** Words that end a speaker's phrase: "le porte-parole | qui", "un responsable américain | sous couvert
 *  d’anonymat", "Le Soir | qui insiste", "M. Mas | en octobre". "de/du/des" are not here: they bring the
 *  complement that belongs to the phrase ("le frère de la plaignante"). */
export const PHRASE_BREAKERS: readonly string[] = [
  'qui', 'que', 'qu’', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auxquels', 'auxquelles', 'desquels',
  'desquelles', 'à', 'au', 'aux', 'dans', 'sur', 'sous', 'lors', 'pour', 'par', 'en', 'devant', 'avec', 'après',
  'avant', 'depuis', 'pendant', 'chez', 'face', 'selon', 'auprès', 'et', 'ou', 'mais', 'car', 'alors', 'quand',
  'lorsque', 'tandis', 'sans', 'vers', 'comme', 'ont', 'a', 'est', 'sont', 'était', 'avait', 'se', 's’', 'n’',
  'ne', 'y', 'hier', 'aujourd’hui', 'demain', 'encore', 'également', 'aussi', 'ensuite', 'enfin', 'toutefois',
  'cependant', 'pourtant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ce', 'cette',
  'cet', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'lui', 'leur', 'dès', 'jusqu’', 'parmi', 'contre', 'entre',
  'suite', 'lui-même', 'elle-même', 'notamment', 'ainsi',
];

/** How an unnamed person looks, after "aux", "au" or "à la": "une jeune fille aux traits fins", "un homme à la barbe
 *  grise", "une femme au regard las". Part of the words the text names them by, not whom they spoke to. */
export const PERSON_FEATURES: readonly string[] = [
  'traits', 'cheveux', 'yeux', 'regard', 'visage', 'barbe', 'moustache', 'lunettes', 'allure', 'sourire', 'voix',
  'silhouette', 'teint', 'mains', 'tempes', 'casquette', 'chapeau', 'foulard', 'blouse', 'gilet', 'veste',
];

/** Words that may sit between an inverted verb and its subject: "a déclaré lundi le ministre", "dit encore M. Mas". */
export const BEFORE_INVERTED_SUBJECT: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'midi', 'après-midi',
  'hier', 'aujourd’hui', 'encore', 'également', 'aussi', 'ensuite', 'enfin', 'alors', 'toutefois', 'cependant',
  'pourtant', 'déjà', 'même', 'ainsi', 'plus', 'tard', 'tôt', 'lui-même', 'elle-même', 'volontiers', 'simplement',
];

/** Determiners of a source the text does not name: "un responsable américain", "plusieurs sources", "des
 *  proches". Such a speaker is kept as the text says it. */
export const ANONYMOUS_DETERMINERS: readonly string[] = [
  'un', 'une', 'des', 'plusieurs', 'certains', 'certaines', 'quelques', 'deux', 'trois', 'quatre', 'nombre',
  'd’autres', 'divers', 'diverses', 'maints',
];

/** Nouns that name a body, not a person: "le quotidien New York Post", "le journal", "le gouvernement". */
export const ORGANISATION_NOUNS: readonly string[] = [
  'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'magazine', 'site', 'éditorialiste', 'éditorial', 'édito', 'chaîne', 'radio', 'agence', 'gouvernement',
  'ministère', 'parquet', 'syndicat', 'parti', 'préfecture', 'mairie', 'entreprise', 'groupe', 'société', 'ong',
  'association', 'fédération', 'club', 'tribunal', 'cour', 'police', 'gendarmerie', 'armée', 'état-major',
  'direction', 'commission', 'collectif', 'cabinet', 'conseil', 'institut', 'organisation', 'service', 'opposition',
  'majorité', 'municipalité', 'département', 'région', 'compagnie', 'constructeur', 'banque', 'assureur', 'opérateur',
];

/** What a person says or wants, after a possessive before a colon: "Ses ambitions sont claires : « … »". */
export const ANNOUNCEMENT_NOUNS: readonly string[] = [
  'ambition', 'ambitions', 'objectif', 'objectifs', 'message', 'position', 'credo', 'crédo', 'mot d’ordre', 'réponse',
  'explication', 'ligne', 'priorité', 'priorités', 'souhait', 'vœu', 'conclusion',
];

/** Verbs that portray a speaker after their words: "Françoise est dévastée", "Paul raconte", "Léa se souvient". */
export const PORTRAIT_VERBS: readonly string[] = [
  'est', 'était', 'reste', 'semble', 'raconte', 'confie', 'témoigne', 'explique', 'soupire', 'sourit', 'se souvient',
  'se désole', 'se rappelle', 'se dit', 's’inquiète', 's’indigne', 's’emporte', 's’agace', 'ne décolère',
];
