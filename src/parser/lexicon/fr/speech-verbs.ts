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
  { participle: 'tweeté', present: null },
  { participle: 'admis', present: 'admet' },
  { participle: 'promis', present: 'promet' },
  { participle: 'répété', present: 'répète' },
  { participle: 'confirmé', present: 'confirme' },
  { participle: 'démenti', present: null },
  { participle: 'regretté', present: 'regrette' },
  { participle: 'plaidé', present: 'plaide' },
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
];

/** Auxiliaries of the reporting verb: "a déclaré", "ont déclaré", "avait dit", "aurait affirmé". */
export const SPEECH_AUXILIARIES: readonly string[] = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'];

/** Adverbs that sit between the auxiliary and the participle ("Biden a également noté"): up to two are skipped. */
export const SPEECH_ADVERBS: readonly string[] = [
  'également', 'aussi', 'encore', 'ensuite', 'enfin', 'alors', 'déjà', 'notamment', 'toutefois', 'cependant',
  'néanmoins', 'pourtant', 'ainsi', 'récemment', 'publiquement', 'simplement', 'clairement', 'plus tard',
  'par ailleurs', 'lui-même', 'elle-même', 'd’ailleurs', 'immédiatement', 'aussitôt', 'souvent', 'même',
];

/** The word that attributes without a verb: "selon X, …", "”, selon X". */
export const ATTRIBUTION_PREPOSITION = 'selon';
