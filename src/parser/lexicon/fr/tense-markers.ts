// The verb forms that tell whether a sentence reports something that happened, or announces something to come:
// a dated statement of either kind is an event of the story; a dated present ("ce jour pourrait être") is not.

/** Auxiliaries of the compound past tenses ("a tué", "ont voté", "est arrivé", "avait ordonné", "fut élu"). */
export const PAST_AUXILIARIES: readonly string[] = [
  'a', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'est', 'sont', 'était', 'étaient', 'fut', 'furent',
];

/** Endings of a past participle after such an auxiliary: "tué", "élue", "mis", "pris", "rendu", "ouvert", "dit". */
export const PARTICIPLE_ENDINGS: readonly string[] = ['é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'it', 'u', 'ue', 'us', 'ert', 'erte', 'int', 'uit'];

/** Endings of the simple past's third person, the tense of news narrative: "ils votèrent", "ils partirent". */
export const SIMPLE_PAST_ENDINGS: readonly string[] = ['èrent', 'irent', 'urent'];

/** Words that announce what is to come: "va signer", "vont partir", "devrait arriver", "doit quitter". */
export const FUTURE_AUXILIARIES: readonly string[] = ['va', 'vont', 'devrait', 'devraient', 'doit', 'doivent'];

/** Endings of the simple future's third person: "sera", "partira", "se rendra", "aura", "viendront". */
export const FUTURE_ENDINGS: readonly string[] = ['era', 'ira', 'dra', 'ura', 'ront'];

/** Negation before an auxiliary: "n’est pas encore arrivé" says that it has not happened. */
export const NEGATION: readonly string[] = ['ne', 'n’'];
/** The second word of a negation, between the auxiliary and the participle ("n’a jamais signé"). */
export const NEGATION_ADVERBS: readonly string[] = ['pas', 'jamais', 'plus', 'guère', 'point'];
