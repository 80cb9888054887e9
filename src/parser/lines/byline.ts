// Recognises a byline: "Par Jeanne Martin", "par Mourad Guichard", "Par: Laura Cerrada", "Jeanne Martin, à Bruxelles",
// "Berlin, de notre envoyé spécial", "Rédaction en ligne"; and a line that is only a person's name ("Nicolas
// Crousse"), which is a byline only beside another line of the page's furniture (lines/page-furniture.ts decides).
import { MONTH_NUMBERS } from '../lexicon/fr/calendar';
import { BYLINE_LINES, BYLINE_OPENING, REPORTER_POSTS } from '../lexicon/fr/site-clutter';
import { NAME_PARTICLE_SET, NAME_STOPWORDS } from '../people/name-words';
import { alternation, wordSet } from '../text-patterns';
import { clutterKey, wordCount } from './clutter-key';

export type BylineReading = { kind: 'byline'; names: string[] } | { kind: 'name-line'; names: string[] } | null;

/** A byline names a few people, with a post or a place. */
const BYLINE_MAX_WORDS = 12;
/** A person's name in a byline: two to four words. */
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 4;

const BYLINE_LINE_SET = new Set(BYLINE_LINES);
const OPENING = new RegExp(`^${BYLINE_OPENING}(?:[\\s\\u00A0]*:)?(?:[\\s\\u00A0]+|$)`, 'iu');
const POST_AFTER_PLACE = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}' -]{1,40},[\\s\\u00A0]+(?:${alternation(REPORTER_POSTS)})$`, 'iu');
/** "Jeanne Martin, à Bruxelles": the reporter's town after a comma. */
const PLACE_AFTER_NAME = /^(?<names>[^,]{3,60}),[\s\u00A0]+(?:à|a|depuis)[\s\u00A0]+\p{Lu}[\p{L}\p{M}' -]{1,40}$/u;
/** Between names: "Bernard Demonty, Pascal Lorent", "Anne et Paul Roy". */
const NAME_SEPARATOR = /[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+et[\s\u00A0]+/u;
/** "latribune.fr | | 166 mots": a site and its word count, where a byline names no one. */
const SITE_BYLINE = /^[\p{L}\p{N}.-]+\.[a-z]{2,}(?:[\s|]+#[\s\u00A0]+mots)?$/u;
const CALENDAR = wordSet([...MONTH_NUMBERS.keys()]);
/** One word of a person's name: a capital, then letters, hyphens or apostrophes ("Jean-Pierre", "O’Brien",
 *  "HAMBACH"), or an initial ("J."); a word and a period is a sentence's end ("Kompany."), not a name. */
const NAME_WORD = /^\p{Lu}(?:\.|[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*)$/u;

export function readByline(line: string): BylineReading {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const key = clutterKey(line);
  if (key === null || key === '') return null;
  if (BYLINE_LINE_SET.has(key) || POST_AFTER_PLACE.test(line)) return { kind: 'byline', names: [] };

  const opening = OPENING.exec(line);
  if (opening) {
    const rest = line.slice(opening[0].length).trim();
    if (rest === '') return { kind: 'byline', names: [] };
    const restKey = clutterKey(rest) ?? '';
    if (SITE_BYLINE.test(restKey)) return { kind: 'byline', names: [] };
    const names = personNames(rest);
    // "Par ailleurs, …", "Par conséquent …" are prose: only names (or organisations in capitals) follow a byline's "Par".
    if (names !== null) return { kind: 'byline', names: names.filter(isPersonName) };
    return null;
  }

  const placed = PLACE_AFTER_NAME.exec(line);
  if (placed?.groups?.['names'] !== undefined) {
    const names = personNames(placed.groups['names']);
    if (names !== null && names.length > 0 && names.every(isPersonName)) return { kind: 'byline', names };
  }

  const names = personNames(line);
  if (names !== null && names.length > 0 && names.every(isPersonName)) return { kind: 'name-line', names };
  return null;
}

/** The names of a list ("Bernard Demonty, Pascal Lorent"), or null when one piece is not written as a name. */
function personNames(text: string): string[] | null {
  const pieces = text.trim().replace(/[.\s]+$/u, '').split(NAME_SEPARATOR).map((piece) => piece.trim());
  if (pieces.length === 0 || pieces.some((piece) => piece === '')) return null;
  for (const piece of pieces) {
    const words = piece.split(/[\s\u00A0]+/u);
    if (!words.every((word, index) => NAME_WORD.test(word) || (index > 0 && NAME_PARTICLE_SET.has(word.toLowerCase())))) return null;
  }
  return pieces;
}

/** "Mourad Guichard", "Eva HAMBACH": two to four words, not a sentence's opening ("Le Président") nor a date
 *  ("Lundi 18 Février"), nor a name written all in capitals ("LIBERATION", an organisation). */
function isPersonName(name: string): boolean {
  const words = name.split(/[\s\u00A0]+/u);
  if (words.length < NAME_MIN_WORDS || words.length > NAME_MAX_WORDS) return false;
  if (words.some((word) => NAME_STOPWORDS.has(word.toLowerCase()) || CALENDAR.has(word.toLowerCase()))) return false;
  const first = words[0] ?? '';
  return first !== first.toUpperCase();
}
