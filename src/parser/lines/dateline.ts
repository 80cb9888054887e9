// Recognises the page's own dates: a line of date and time ("lundi 06 août 2012, 06:43", "(05/01/2012)"),
// "Publié le … Mis à jour le …", and a wire dateline glued to the first paragraph ("PARIS (AFP) – Le gouvernement…").
// These lines are set aside with reason 'dateline' and their full text, for the reference-date pass to read.
import { MONTH_NUMBERS, WEEKDAYS } from '../lexicon/fr/calendar';
import { AGENCIES, DATELINE_FILLERS, DATELINE_OPENINGS } from '../lexicon/fr/site-clutter';
import { alternation, wordSet } from '../text-patterns';
import { clutterKey, wordCount } from './clutter-key';

/** A date line is short: a date, a time, an update time, a reading time. */
const DATELINE_MAX_WORDS = 20;

const OPENING = new RegExp(`^(?:${alternation(DATELINE_OPENINGS)})(?![\\p{L}\\p{M}])`, 'u');
const CALENDAR_WORDS = wordSet([...MONTH_NUMBERS.keys(), ...WEEKDAYS]);
const FILLERS = wordSet([...DATELINE_FILLERS, ...AGENCIES, '©', 'par']);
/** After clutterKey every number is "#": "06:43", "20h13", "01/07/2014", "2019-04-19", "1er". */
const NUMERIC_DATE_PIECE = /^#(?:[h:/.\-]#)*(?:h|er|ère|e)?$/u;
/** A piece of a date line: what lies between spaces, brackets, bars, commas and dashes; a hyphen next to a figure
 *  ("2019-04-19" is "#-#-#" here) belongs to its piece. */
const PIECE = /(?:[^\s\u00A0()[\]|,;–—-]|(?<=#)-|-(?=#))+/gu;
/** "french.xinhuanet.com": the site's name before its date. */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** "Publié le 21 avril 2023 à 17:08", "Mis en ligne Samedi 2 mars 2013, 17h32", "17 Mai 2011 20h13",
 *  "AFP | 01/07/2014 - 11:11", "12/06/12 - 09h27 © Photonews.": a line of the page's dates. */
export function isDatelineLine(line: string): boolean {
  // The words are counted first: most lines are prose, and their key need not be made.
  if (wordCount(line) > DATELINE_MAX_WORDS) return false;
  const key = clutterKey(line);
  if (key === null || key === '') return false;
  if (OPENING.test(key)) return true;
  if (isDateOnly(key)) return true;
  // "Par LIBERATION, AFP — 31 août 2017 à 13:03 (mis à jour à 14:21)": a byline, then the date after a dash.
  if (!key.startsWith('par ')) return false;
  const dash = key.search(/[—–|]/u);
  return dash > 0 && isDateOnly(key.slice(dash + 1));
}

/** Every piece is a date, a time, a calendar word, a filler ("à", "mis à jour") or an agency, and one at least is
 *  a date: "Samedi 16 février 2013, 22h04 | mis à jour à 00:27". */
function isDateOnly(key: string): boolean {
  // Every date line the pages print has a figure: "Samedi" alone, or "lundi matin", is no date.
  if (!key.includes('#')) return false;
  let dated = false;
  // Piece by piece, stopping at the first that is no date: most lines of prose stop at their first word.
  PIECE.lastIndex = 0;
  for (let found = PIECE.exec(key); found !== null; found = PIECE.exec(key)) {
    const piece = found[0].replace(/^[.:©]+|[.:]+$/gu, '');
    if (piece === '') continue;
    if (NUMERIC_DATE_PIECE.test(piece)) {
      if (piece !== '#') dated = true;
      continue;
    }
    if (CALENDAR_WORDS.has(piece)) {
      dated = true;
      continue;
    }
    if (FILLERS.has(piece) || DOMAIN.test(piece)) continue;
    return false;
  }
  return dated;
}

/** The agencies as they sign a wire: "(AFP)", "(Reuters)", "(Xinhua)". */
const AGENCY_IN_BRACKETS = `\\((?:${alternation(AGENCIES)})\\)`;
/** A day and a month after the place: ", 18 avril". */
const DAY_MONTH = `\\d{1,2}(?:er)?[\\s\\u00A0]+(?:${alternation([...MONTH_NUMBERS.keys()])})`;
/** "PARIS (AFP) – ", "WASHINGTON, 18 avril (Xinhua) -- ", "BRUXELLES, 3 mars – ": a place in capitals, then the
 *  agency or the date (a capitalised rubric like "TÉMOIGNAGES – " has neither, and stays), then a dash. */
const GLUED_DATELINE = new RegExp(
  `^(?<dateline>\\p{Lu}[\\p{Lu}'’ -]{1,40}?(?:(?:,[\\s\\u00A0]+${DAY_MONTH})?[\\s\\u00A0]+${AGENCY_IN_BRACKETS}|,[\\s\\u00A0]+${DAY_MONTH})[\\s\\u00A0]*(?:--|[-–—]))[\\s\\u00A0]+(?=[\\p{L}«“"])`,
  'iu',
);
const GLUED_DATELINE_SCAN_CHARS = 120;

/** "PARIS (AFP) - Le gouvernement…" → the dateline and the paragraph; null when the line opens otherwise. */
/** A wire's place is in capitals: two capitals open the line, or no dateline does (a cheap test before the pattern). */
const OPENS_IN_CAPITALS = /^\p{Lu}\p{Lu}/u;

export function splitGluedDateline(text: string): { dateline: string; rest: string } | null {
  if (!OPENS_IN_CAPITALS.test(text)) return null;
  const match = GLUED_DATELINE.exec(text.slice(0, GLUED_DATELINE_SCAN_CHARS));
  const dateline = match?.groups?.['dateline'];
  if (!match || dateline === undefined) return null;
  // The place is written in capitals: "Paris (AFP) -" in a sentence is not a dateline's shape.
  const place = dateline.split(/[,(]/u)[0]?.trim() ?? '';
  if (place === '' || place !== place.toUpperCase()) return null;
  const rest = text.slice(match[0].length);
  if (rest.trim() === '') return null;
  return { dateline: dateline.trim(), rest };
}
