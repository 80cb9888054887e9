// French reporting verbs ("a déclaré", "», explique-t-il"): the words that tie quoted words to the person who said
// them. Without one of these (or "selon") in the sentence, words in quote marks are a term the journalist holds at
// arm's length, not speech.

export interface SpeechVerb {
  /** "déclaré": after an auxiliary ("a déclaré", "ont ajouté"), trusted anywhere in the quote's sentence. */
  participle: string;
  /** "déclare": only trusted right after a closing mark ("», explique-t-il", "”, dit Biden"), because elsewhere
   *  most present forms are also nouns ("l’annonce de lundi", "une note"). null where the present form is not
   *  read (yet): "tweete", "dément", "met en garde" have not been seen after a quote in our corpus. */
  present: string | null;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { participle: 'déclaré', present: 'déclare' },
  { participle: 'ajouté', present: 'ajoute' },
  { participle: 'expliqué', present: 'explique' },
  { participle: 'assuré', present: 'assure' },
  { participle: 'dit', present: 'dit' },
  { participle: 'affirmé', present: 'affirme' },
  { participle: 'souligné', present: 'souligne' },
  { participle: 'précisé', present: 'précise' },
  { participle: 'indiqué', present: 'indique' },
  { participle: 'estimé', present: 'estime' },
  { participle: 'annoncé', present: 'annonce' },
  { participle: 'répondu', present: 'répond' },
  { participle: 'fait écho', present: 'fait écho' },
  { participle: 'écrit', present: 'écrit' },
  { participle: 'confié', present: 'confie' },
  { participle: 'insisté', present: 'insiste' },
  { participle: 'averti', present: 'avertit' },
  { participle: 'poursuivi', present: 'poursuit' },
  { participle: 'rappelé', present: 'rappelle' },
  { participle: 'reconnu', present: 'reconnaît' },
  { participle: 'raconté', present: 'raconte' },
  { participle: 'conclu', present: 'conclut' },
  { participle: 'martelé', present: 'martèle' },
  { participle: 'lancé', present: 'lance' },
  { participle: 'prévenu', present: 'prévient' },
  { participle: 'déploré', present: 'déplore' },
  { participle: 'commenté', present: 'commente' },
  { participle: 'tweeté', present: 'tweete' },
  { participle: 'admis', present: 'admet' },
  { participle: 'promis', present: 'promet' },
  { participle: 'répété', present: 'répète' },
  { participle: 'confirmé', present: 'confirme' },
  { participle: 'démenti', present: 'dément' },
  { participle: 'regretté', present: 'regrette' },
  { participle: 'plaidé', present: 'plaide' },
  { participle: 'défendu', present: 'défend' },
  { participle: 'ironisé', present: 'ironise' },
  { participle: 'résumé', present: 'résume' },
  { participle: 'noté', present: 'note' },
  { participle: 'observé', present: 'observe' },
  { participle: 'signalé', present: 'signale' },
  { participle: 'dénoncé', present: 'dénonce' },
  { participle: 'prédit', present: null },
  { participle: 'mis en garde', present: null },
  { participle: 'fait valoir', present: 'fait valoir' },
  { participle: 'fait savoir', present: 'fait savoir' },
  { participle: 'tranché', present: 'tranche' },
  { participle: 'relevé', present: 'relève' },
  { participle: 'concédé', present: 'concède' },
  { participle: 'lâché', present: 'lâche' },
  // Seen in the evaluation corpus and in French news: judgement, retort, and writing verbs.
  { participle: 'jugé', present: 'juge' },
  { participle: 'glissé', present: 'glisse' },
  { participle: 'tempêté', present: 'tempête' },
  { participle: 'fustigé', present: 'fustige' },
  { participle: 'soufflé', present: 'souffle' },
  { participle: 'asséné', present: 'assène' },
  { participle: 'détaillé', present: 'détaille' },
  { participle: 'nuancé', present: 'nuance' },
  { participle: 'taclé', present: 'tacle' },
  { participle: 'renchéri', present: 'renchérit' },
  { participle: 'complété', present: 'complète' },
  { participle: 'abondé', present: 'abonde' },
  { participle: 'témoigné', present: 'témoigne' },
  { participle: 'rapporté', present: 'rapporte' },
  { participle: 'avoué', present: 'avoue' },
  { participle: 'répliqué', present: 'réplique' },
  { participle: 'rétorqué', present: 'rétorque' },
  { participle: 'objecté', present: 'objecte' },
  { participle: 'protesté', present: 'proteste' },
  { participle: 'juré', present: 'jure' },
  { participle: 'garanti', present: 'garantit' },
  { participle: 'avancé', present: 'avance' },
  { participle: 'analysé', present: 'analyse' },
  { participle: 'considéré', present: 'considère' },
  { participle: 'remarqué', present: 'remarque' },
  { participle: 'continué', present: 'continue' },
  { participle: 'enchaîné', present: 'enchaîne' },
  { participle: 'repris', present: 'reprend' },
  { participle: 'murmuré', present: 'murmure' },
  { participle: 'décrypté', present: 'décrypte' },
  { participle: 'développé', present: 'développe' },
  { participle: 'illustré', present: 'illustre' },
  { participle: 'argumenté', present: 'argumente' },
  { participle: 'justifié', present: 'justifie' },
  { participle: 'tempéré', present: 'tempère' },
  { participle: 'relativisé', present: 'relativise' },
  { participle: 'minimisé', present: 'minimise' },
  { participle: 'balayé', present: 'balaie' },
  { participle: 'nié', present: 'nie' },
  { participle: 'contesté', present: 'conteste' },
  { participle: 'alerté', present: 'alerte' },
  { participle: 'salué', present: 'salue' },
  { participle: 'demandé', present: 'demande' },
  { participle: 'plaisanté', present: 'plaisante' },
  { participle: 'critiqué', present: 'critique' },
  { participle: 'constaté', present: 'constate' },
  { participle: 'titré', present: 'titre' },
  { participle: 'décrit', present: 'décrit' },
  { participle: 'réclamé', present: 'réclame' },
  { participle: 'exigé', present: 'exige' },
  { participle: 'clamé', present: 'clame' },
  { participle: 'proclamé', present: 'proclame' },
  { participle: 'raillé', present: 'raille' },
  { participle: 'soupiré', present: 'soupire' },
  { participle: 'interrogé', present: 'interroge' },
  { participle: 'posté', present: null },
  { participle: 'appelé', present: null },
  { participle: 'exhorté', present: 'exhorte' },
  { participle: 'qualifié', present: 'qualifie' },
  { participle: 'évoqué', present: 'évoque' },
  { participle: 'pointé', present: 'pointe' },
  { participle: 'mis en avant', present: 'met en avant' },
  { participle: 'cité', present: 'cite' },
  { participle: 'évacué', present: 'évacue' },
];

/** Auxiliaries of the reporting verb: "a déclaré", "ont déclaré", "avait dit", "aurait affirmé". */
export const SPEECH_AUXILIARIES: readonly string[] = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'];

/** Adverbs that sit between the auxiliary and the participle ("Biden a également noté"): up to two are skipped. */
export const SPEECH_ADVERBS: readonly string[] = [
  'également', 'aussi', 'encore', 'ensuite', 'enfin', 'alors', 'déjà', 'notamment', 'toutefois', 'cependant',
  'néanmoins', 'pourtant', 'ainsi', 'récemment', 'publiquement', 'simplement', 'clairement', 'plus tard',
  'par ailleurs', 'lui-même', 'elle-même', 'd’ailleurs', 'immédiatement', 'aussitôt', 'souvent', 'même',
];

/** Reflexive reporting verbs, in the present: "», se demande Didier Reynders", "s’interroge-t-il", "s’est
 *  insurgé le ministre" (the participle is derived: "insurge" → "insurgé"). */
export const REFLEXIVE_SPEECH_VERBS: readonly string[] = [
  'demande', 'interroge', 'félicite', 'réjouit', 'inquiète', 'indigne', 'insurge', 'emporte', 'agace', 'étonne',
  'désole', 'alarme', 'exclame', 'défend', 'justifie', 'amuse', 'souvient', 'plaint', 'explique', 'exprime',
];

/** Words that attribute without a verb: "selon X, …", "”, selon X", "d’après X", "aux yeux de X". "Pour X," is
 *  read apart: only at the start of a clause and before a comma ("Pour Sophie Binet, …"). */
export const ATTRIBUTION_PREPOSITIONS: readonly string[] = ['selon', 'd’après', 'aux yeux de', 'aux yeux du', 'aux yeux des', 'aux yeux d’'];
export const ATTRIBUTION_POUR = 'pour';

/** Verbs of saying in the infinitive, before a quote they introduce: "préfère mettre en avant « … »", "pour lui
 *  dire qu’il avait « … »", "tient à rappeler que « … »". */
export const INFINITIVE_SPEECH_VERBS: readonly string[] = [
  'dire', 'rappeler', 'souligner', 'préciser', 'affirmer', 'expliquer', 'assurer', 'répéter', 'annoncer',
  'mettre en avant', 'insister sur',
];

/** Verbs of perception that give an infinitive its own subject: "a entendu X dire « … »". */
export const PERCEPTION_VERBS: readonly string[] = ['entendu', 'entend', 'entendent', 'entendre', 'vu', 'voit', 'voient', 'écouté', 'écoute'];

/** Participles that go on with a speech ("X a ajouté", "Il a encore poursuivi"), and the adverbs allowed before
 *  them: the quote before such a sentence was its subject's too. */
export const CONTINUATION_PARTICIPLES: readonly string[] = ['ajouté', 'poursuivi', 'complété', 'renchéri', 'enchaîné'];
export const CONTINUATION_ADVERBS: readonly string[] = ['même', 'aussi', 'également', 'encore', 'ensuite', 'alors'];
