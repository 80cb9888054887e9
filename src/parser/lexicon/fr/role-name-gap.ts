// The words that may, or may not, stand between a role and the name it introduces ("la maire de Lyon, Anne Dupuis",
// "l’ambassadeur irakien aux États-Unis, Fareed Yasseen").

/** A verb or a conjunction in the gap means the name is someone else's: "la maire a rencontré Jean Dupont" does
 *  not make Jean Dupont the mayor. */
export const GAP_BREAKERS: readonly string[] = [
  'a', 'ont', 'est', 'sont', 'était', 'étaient', 'avait', 'avaient', 'sera', 'serait', 'et', 'ou', 'mais', 'qui',
  'que', 'qu’', 'avec', 'lors', 'pour', 'par', 'selon', 'contre', 'entre', 'dans', 'sur', 'chez', 'vers', 'sans',
  'puis', 'alors', 'quand', 'comme', 'lorsque', 'tandis', 'rencontre', 'reçoit', 'reçu', 'face',
];

/** Prepositions that introduce the role's complement inside the gap: "de Lyon", "aux États-Unis". */
export const GAP_PREPOSITIONS: readonly string[] = ['de', 'du', 'des', 'd’', 'aux', 'au', 'à', 'en'];
