// "Tia Hellebaut, médaillée d’or aux JO", "Paul Martin, ancien directeur": the noun a text sets after a name often
// gives the person's gender by its ending, where the first name is one the lexicon does not know.
import type { Gender } from '../lexicon/fr/roles';

/** Feminine endings of French nouns and participles for people: médaillée, chercheuse, directrice, Lyonnaise,
 *  Parisienne, infirmière, maîtresse, présidente. */
const FEMININE_ENDING = /(?:ée|euse|rice|aise|oise|ienne|ière|esse|ante|ente)$/u;
/** Masculine endings: médaillé, chercheur, Lyonnais, Parisien, infirmier, président. The words that end so and
 *  are either ("juge", "ministre") end otherwise. */
const MASCULINE_ENDING = /(?:é|eur|ais|ois|ien|ier|ant|ent)$/u;

/** The gender the noun of an apposition gives, or "either". */
export function genderOfApposition(noun: string): Gender {
  const word = noun.toLowerCase();
  if (FEMININE_ENDING.test(word)) return 'feminine';
  if (MASCULINE_ENDING.test(word)) return 'masculine';
  return 'either';
}
