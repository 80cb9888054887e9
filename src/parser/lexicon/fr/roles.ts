// Roles a text uses instead of a name ("le président", "la maire", "le porte-parole"). A quote attributed to a role
// is credited to the person the text tied that role to. Gender and number say which pronoun can stand for the
// holder ("il" for "le président", "elle" for "la présidente", either for "le/la porte-parole").

export type Gender = 'masculine' | 'feminine' | 'either';
export type GrammaticalNumber = 'singular' | 'plural';

export interface Role {
  word: string;
  gender: Gender;
  number: GrammaticalNumber;
}

const masculine = (word: string): Role => ({ word, gender: 'masculine', number: 'singular' });
const feminine = (word: string): Role => ({ word, gender: 'feminine', number: 'singular' });
const either = (word: string): Role => ({ word, gender: 'either', number: 'singular' });
/** Plural roles are here so that "plusieurs responsables" reads as a role (it stays unresolved: no single person). */
const plural = (word: string): Role => ({ word, gender: 'either', number: 'plural' });
const pair = (he: string, she: string): Role[] => [masculine(he), feminine(she)];

export const ROLES: readonly Role[] = [
  ...pair('président', 'présidente'),
  ...pair('vice-président', 'vice-présidente'),
  ...pair('premier ministre', 'première ministre'),
  either('ministre'),
  either('porte-parole'),
  either('maire'),
  ...pair('ambassadeur', 'ambassadrice'),
  either('secrétaire'),
  either('secrétaire d’état'),
  ...pair('général', 'générale'),
  ...pair('commandant', 'commandante'),
  ...pair('chef', 'cheffe'),
  ...pair('directeur', 'directrice'),
  ...pair('gouverneur', 'gouverneure'),
  ...pair('sénateur', 'sénatrice'),
  ...pair('député', 'députée'),
  either('responsable'),
  ...pair('procureur', 'procureure'),
  either('juge'),
  ...pair('chancelier', 'chancelière'),
  ...pair('roi', 'reine'),
  ...pair('prince', 'princesse'),
  masculine('pape'),
  masculine('archevêque'),
  masculine('évêque'),
  masculine('cardinal'),
  masculine('imam'),
  masculine('rabbin'),
  ...pair('conseiller', 'conseillère'),
  ...pair('dirigeant', 'dirigeante'),
  ...pair('patron', 'patronne'),
  ...pair('avocat', 'avocate'),
  masculine('colonel'),
  either('capitaine'),
  masculine('amiral'),
  ...pair('vice-premier ministre', 'vice-première ministre'),
  ...pair('vice premier ministre', 'vice première ministre'),
  ...pair('fondateur', 'fondatrice'),
  ...pair('sélectionneur', 'sélectionneuse'),
  ...pair('entraîneur', 'entraîneuse'),
  ...pair('secrétaire général', 'secrétaire générale'),
  ...pair('délégué', 'déléguée'),
  ...pair('procureur adjoint', 'procureure adjointe'),
  either('syndicaliste'),
  either('attorney general'),
  plural('responsables'),
  plural('ministres'),
  plural('dirigeants'),
  plural('sénateurs'),
  plural('députés'),
  plural('porte-paroles'),
  plural('conseillers'),
];

/** Words the press uses for the same post, so that a role the text never tied to a name finds the person tied to
 *  its synonym: "le technicien tricolore" is the coach the text named as "le sélectionneur Didier Deschamps", "le
 *  chef de l’État" the president it named. */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  technicien: ['sélectionneur', 'entraîneur'],
  coach: ['entraîneur', 'sélectionneur'],
  entraîneur: ['sélectionneur'],
  sélectionneur: ['entraîneur'],
  'chef de l’état': ['président', 'présidente'],
};
