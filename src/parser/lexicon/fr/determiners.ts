// French determiners: before capitalised words they make a thing, not a person ("le Mouvement Nujaba", "la Maison
// Blanche"), and they never belong to a name.
export const DETERMINERS: readonly string[] = [
  'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'd’un', 'd’une',
];

/** Quantifiers before a plural role: "plusieurs responsables" is said as a group, kept with its role. */
export const ROLE_QUANTIFIERS: readonly string[] = ['plusieurs', 'quelques', 'certains', 'certaines', 'deux', 'trois'];
