// The French words that give a clause its time: they decide whether "jeudi" is the Thursday past or the one to come
// ("a déclaré jeudi", "se rendra jeudi", "est attendu jeudi").

/** Auxiliaries of compound past tenses: "a déclaré", "ont voté", "avait dit", "aurait affirmé". */
export const PAST_AUXILIARIES = [
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'aurait', 'auraient', 'était',
  'étaient', 'fut', 'furent', 'avoir', 'être',
] as const;

/** "est", "sont": a past with the verbs of motion and change ("est parti", "sont arrivés"), a passive present
 *  otherwise ("est rejugé à partir de mardi"). */
export const BE_AUXILIARIES = ['est', 'sont', 'suis', 'sommes', 'es', 'êtes'] as const;

/** Stems of the participles that take "être" in the past: "est arrivé", "sont morts", "est décédée". */
export const BE_VERB_PARTICIPLES = [
  'allé', 'venu', 'revenu', 'devenu', 'parti', 'reparti', 'arrivé', 'entré', 'rentré', 'sorti', 'né', 'mort',
  'décédé', 'resté', 'tombé', 'monté', 'descendu', 'retourné', 'passé', 'intervenu', 'survenu', 'apparu', 'disparu',
] as const;

/** Words a clause about the future uses without a future-tense verb: "va se rendre", "doit signer", "est attendu",
 *  "devrait arriver", "prévu jeudi". */
export const FUTURE_WORDS = [
  'va', 'vont', 'allons', 'allez', 'vais', 'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient',
  'pourrait', 'pourraient', 'prévu', 'prévue', 'prévus', 'prévues', 'attendu', 'attendue', 'attendus', 'attendues',
  'programmé', 'programmée', 'programmés', 'programmées', 'compte', 'comptent', 'entend', 'entendent', 'apprête',
  'apprêtent', 'ira', 'iront', 'aura', 'auront', 'saura', 'sauront', 'aurait', 'auraient', 'saurait', 'prochain', 'prochaine', 'prochains', 'prochaines', 'bientôt', 'promet',
  'promettent', 'promettant', 'prévoit', 'prévoient', 'prévoyant', 'envisage', 'envisagent',
  'appelle', 'appellent', 'appelant',
] as const;

/** Words that end like a future verb (-ra, -ront) and are not one. */
export const NOT_FUTURE_VERBS = [
  'front', 'affront', 'opéra', 'caméra', 'extra', 'ultra', 'mantra', 'contra', 'tiara', 'sierra', 'sahara',
  'ankara', 'agora', 'cobra', 'zébra', 'hydra', 'extrait', 'extraits', 'trait', 'traits', 'retrait', 'portrait',
  'attrait', 'abstrait', 'distrait', 'soustrait', 'entra', 'montra', 'rencontra', 'tira', 'inspira', 'opéra',
  // nouns and adjectives that end like an imperfect
  'parfait', 'imparfait', 'satisfait', 'lait', 'souhait', 'forfait', 'bienfait', 'méfait', 'fait', 'minerai',
] as const;

/** Words after which a participle sits between the auxiliary and the verb: "a également noté", "a-t-il dit". */
export const TENSE_SKIPPABLE = [
  'également', 'aussi', 'déjà', 'encore', 'enfin', 'alors', 'ensuite', 'notamment', 'pourtant', 'ainsi', 'bien',
  'finalement', 'récemment', 'il', 'elle', 'ils', 'elles', 'on', 't', 'ne', 'n', 'pas', 'plus', 'jamais', 'rien',
  'lui', 'leur', 'y', 'en', 'le', 'la', 'les', 'l', 'me', 'm', 'te', 'nous', 'vous', 'tout', 'très',
] as const;

/** Words that open another clause: a verb after them tells that clause's time, not the date's. */
export const SUBORDINATING_WORDS = [
  'qui', 'que', 'qu', 'où', 'dont', 'lorsque', 'lorsqu', 'quand', 'alors', 'mais', 'car', 'tandis', 'puisque',
  'puisqu', 'si', 'parce', 'afin', 'pour',
] as const;
