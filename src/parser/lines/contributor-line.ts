// Reads the credit line of the people who contributed to a report: "Libby Cathey d’ABC News a contribué à ce rapport."
import { CONTRIBUTION_NOUNS } from '../lexicon/fr/site-furniture';
import { alternation, HAS_WORD_CHARACTER } from '../text-patterns';

/** "NAME d’ORG a contribué à ce rapport." The end of the line is enough to recognise it. */
const CONTRIBUTOR_TAIL = new RegExp(
  `[\\s\\u00A0](?:a|ont)[\\s\\u00A0]+contribué[\\s\\u00A0]+(?:à|a)[\\s\\u00A0]+(?:ce|cette|cet)[\\s\\u00A0]+(?:${alternation(CONTRIBUTION_NOUNS)})[\\s\\u00A0]*\\.?$`,
  'iu',
);

const CONTRIBUTED = /contribu/iu;

/** Credit lines are short; longer lines are prose that happens to end like one, and skipping them bounds the cost. */
const CONTRIBUTOR_LINE_MAX_CHARS = 300;

/** Between the names and the organisation: "Libby Cathey d’ABC News", "A et B de Reuters". */
const ORGANISATION_OF = /^(?:de|du|des|d[’'])$/iu;
const ELIDED_OF = /^d[’'](?=\S)/iu;

/** How several contributors are listed: "A, B et C". */
const SEPARATOR = /[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+(?:et|and)[\s\u00A0]+/u;

/** "Libby Cathey d’ABC News a contribué à ce rapport." → ["Libby Cathey"]; any other line → []. */
export function readContributors(text: string): string[] {
  // The verb first, with a literal pattern (the tail's pattern tries every space of the line).
  if (text.length > CONTRIBUTOR_LINE_MAX_CHARS || !CONTRIBUTED.test(text)) return [];
  const tail = CONTRIBUTOR_TAIL.exec(text);
  if (!tail) return [];
  const words = text.slice(0, tail.index).split(/[\s\u00A0]+/u).filter((word) => word !== '');
  // The organisation starts at the first "de"/"d’" that follows at least two words: "Charles de Gaulle de l’AFP"
  // keeps "de Gaulle", and "Anne et Paul de CNN" is cut before "de CNN".
  let cut = words.length;
  for (let index = 2; index < words.length; index++) {
    const word = words[index] ?? '';
    if (ELIDED_OF.test(word) || ORGANISATION_OF.test(word)) {
      cut = index;
      break;
    }
  }
  if (cut === words.length) {
    // A single name glued to its organisation: "Madonna d’ABC News".
    const elidedAt = words.findIndex((word, index) => index > 0 && ELIDED_OF.test(word));
    if (elidedAt > 0) cut = elidedAt;
    else {
      const ofAt = words.findIndex((word, index) => index > 0 && ORGANISATION_OF.test(word));
      if (ofAt > 0) cut = ofAt;
    }
  }
  const names = words.slice(0, cut).join(' ');
  return names
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '' && HAS_WORD_CHARACTER.test(name));
}
