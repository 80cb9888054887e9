// Nouns that announce a name in quote marks, not speech: "le film « Les Misérables »", "le missile «Orechnik»",
// "surnommé « le Boucher »", "l’opération « Barkhane »".
/** Works whose titles are often dates or durations: "le film 18 ans plus tard", "la série Demain", "l’album
 *  2020". A date right after one of them is the work's title, not a time the article tells. */
export const WORK_NOUNS: readonly string[] = [
  'film', 'livre', 'roman', 'album', 'chanson', 'série', 'émission', 'pièce', 'spectacle', 'documentaire',
  'ouvrage', 'essai', 'podcast', 'feuilleton', 'téléfilm', 'disque', 'single', 'opéra', 'comédie', 'tableau',
];

export const NAMING_NOUNS: readonly string[] = [
  ...WORK_NOUNS, 'opération', 'magazine', 'titre', 'intitulé', 'intitulée', 'intitulés', 'intitulées',
  'baptisé', 'baptisée', 'baptisés', 'baptisées', 'surnommé', 'surnommée', 'surnommés', 'surnommées', 'nommé',
  'nommée', 'dit', 'dite', 'slogan', 'hashtag', 'mot-clé', 'label', 'marque', 'programme', 'dispositif', 'missile',
  'missiles', 'drone', 'drones', 'modèle', 'projet', 'exposition', 'festival', 'podcast', 'jeu', 'application',
  'logiciel', 'mouvement', 'collectif', 'parti', 'groupe', 'association', 'rubrique', 'chronique',
  // Ratings and categories: "abaissé la note « Corporate family rating »", "la catégorie « poids lourds »".
  'note', 'notation', 'catégorie', 'statut', 'mention',
];
