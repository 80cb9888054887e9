// "le PS" is "le Parti socialiste" when the article names the body in full somewhere: the initials of its words
// ("Parti socialiste", "La République en Marche" for LREM) spell the acronym. Read only when an acronym speaks.
import { matchesOf, wordSet } from '../text-patterns';

/** A body's name in full: capitalised words, with "en"/"de"/"des"/"du" between them and adjectives after them
 *  ("Parti socialiste", "Confédération générale du travail", "La République en Marche"). */
const BODY_IN_FULL = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:[ \u00A0]+(?:(?:en|de|des|du|la|le|d’)[ \u00A0]*)?(?:\p{Lu}\p{Ll}+|\p{Ll}{2,}(?:iste|ale?|aire|ique|elle?|aise?|aine?|ienne?|ail)))+/gu;
const SMALL_WORDS = wordSet(['en', 'de', 'des', 'du', 'la', 'le', 'les', 'd’']);
/** An acronym: two to six capitals. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The first body each acronym spells, among the bodies named in full in `texts`. */
export function bodiesByAcronym(texts: readonly string[]): ReadonlyMap<string, string> {
  const bodies = new Map<string, string>();
  for (const text of texts) {
    for (const found of matchesOf(BODY_IN_FULL, text)) {
      const words = found[0].split(/[ \u00A0]+|(?<=’)/u).filter(Boolean);
      const every = words.map((word) => word[0]!.toUpperCase()).join('');
      const main = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase())).map((word) => word[0]!.toUpperCase()).join('');
      // The name without the article that opens a sentence: "Le Parti socialiste condamne" names "Parti socialiste".
      const name = found[0].replace(/^(?:Le|La|Les)[ \u00A0]+/u, '');
      for (const initials of new Set([every, main])) if (initials.length >= 2 && !bodies.has(initials)) bodies.set(initials, name);
    }
  }
  return bodies;
}
