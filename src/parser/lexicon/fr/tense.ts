// The French words that give a clause its time: they decide whether "jeudi" is the Thursday past or the one to come
// ("a déclaré jeudi", "se rendra jeudi", "est attendu jeudi").

/** Auxiliaries of compound past tenses: "a déclaré", "ont voté", "était parti", "avait dit". */
export const PAST_AUXILIARIES = [
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'aurait', 'auraient',
  'est', 'sont', 'était', 'étaient', 'fut', 'furent', 'serait', 'seraient', 'suis', 'sommes',
] as const;

/** Words a clause about the future uses without a future-tense verb: "va se rendre", "doit signer", "est attendu",
 *  "devrait arriver", "prévu jeudi". */
export const FUTURE_WORDS = [
  'va', 'vont', 'allons', 'allez', 'vais', 'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient',
  'pourrait', 'pourraient', 'prévu', 'prévue', 'prévus', 'prévues', 'attendu', 'attendue', 'attendus', 'attendues',
  'programmé', 'programmée', 'programmés', 'programmées', 'compte', 'comptent', 'entend', 'entendent', 'apprête',
  'apprêtent', 'ira', 'iront', 'prochain', 'prochaine', 'prochains', 'prochaines', 'bientôt',
] as const;

/** Words that end like a future verb (-ra, -ront) and are not one. */
export const NOT_FUTURE_VERBS = [
  'front', 'affront', 'opéra', 'caméra', 'extra', 'ultra', 'mantra', 'contra', 'tiara', 'sierra', 'sahara',
  'ankara', 'agora', 'cobra', 'zébra', 'hydra',
] as const;

/** Words after which a participle sits between the auxiliary and the verb: "a également noté", "a-t-il dit". */
export const TENSE_SKIPPABLE = [
  'également', 'aussi', 'déjà', 'encore', 'enfin', 'alors', 'ensuite', 'notamment', 'pourtant', 'ainsi', 'bien',
  'finalement', 'récemment', 'il', 'elle', 'ils', 'elles', 'on', 't', 'ne', 'n', 'pas', 'plus', 'jamais', 'rien',
  'lui', 'leur', 'y', 'en', 'le', 'la', 'les', 'l', 'me', 'm', 'te', 'nous', 'vous', 'tout', 'très',
] as const;
