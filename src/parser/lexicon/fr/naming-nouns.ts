// Nouns that announce a name in quote marks, not speech: "le film « Les Misérables »", "le missile «Orechnik»",
// "surnommé « le Boucher »", "l’opération « Barkhane »".
export const NAMING_NOUNS: readonly string[] = [
  'film', 'livre', 'roman', 'album', 'chanson', 'série', 'émission', 'pièce', 'spectacle', 'documentaire',
  'ouvrage', 'essai', 'opération', 'magazine', 'titre', 'intitulé', 'intitulée', 'intitulés', 'intitulées',
  'baptisé', 'baptisée', 'baptisés', 'baptisées', 'surnommé', 'surnommée', 'surnommés', 'surnommées', 'nommé',
  'nommée', 'dit', 'dite', 'slogan', 'hashtag', 'mot-clé', 'label', 'marque', 'programme', 'dispositif', 'missile',
  'missiles', 'drone', 'drones', 'modèle', 'projet', 'exposition', 'festival', 'podcast', 'jeu', 'application',
  'logiciel', 'mouvement', 'collectif', 'parti', 'groupe', 'association', 'rubrique', 'chronique', 'tableau',
];
