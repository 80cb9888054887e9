// The verb forms that tell whether a sentence reports what happened or announces what is to come: a dated statement
// of either kind is an event of the story; a dated present or a mere possibility ("ce jour pourrait être plus
// proche") is not. The auxiliaries and the words between them and the verb are tense.ts's; these complete them.

/** Endings of a past participle after an auxiliary: "tué", "élue", "mis", "pris", "rendu", "ouvert", "dit". */
export const PARTICIPLE_ENDINGS: readonly string[] = ['é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'it', 'u', 'ue', 'us', 'ert', 'erte', 'int', 'uit'];

/** Endings of the simple past's third person, the tense of news narrative: "ils votèrent", "ils partirent". */
export const SIMPLE_PAST_ENDINGS: readonly string[] = ['èrent', 'irent', 'urent'];

/** Words that announce what is planned: "va signer", "vont partir", "devrait arriver", "doit quitter". Narrower than
 *  tense.ts's FUTURE_WORDS on purpose: "pourrait", "compte", "appelle" turn a date towards the future, but a
 *  possibility or a wish is not an announced event. */
export const ANNOUNCING_WORDS: readonly string[] = ['va', 'vont', 'devrait', 'devraient', 'doit', 'doivent'];

/** Endings of the simple future's third person: "sera", "partira", "se rendra", "aura", "viendront". */
export const FUTURE_ENDINGS: readonly string[] = ['era', 'ira', 'dra', 'ura', 'ront'];

/** The auxiliaries' infinitives: "doit être signé" is not a past ("a été signé" is). */
export const AUXILIARY_INFINITIVES: readonly string[] = ['avoir', 'être'];

/** Negation before an auxiliary: "n’est pas encore arrivé" says that it has not happened. */
export const NEGATION: readonly string[] = ['ne', 'n’'];
