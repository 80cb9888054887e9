// The pieces every date parser builds its pattern from, derived from the calendar words (lexicon/fr/calendar.ts).
// Patterns run over whole paragraphs: each starts with a cheap first-character lookahead, and no quantifier is
// nested in another, so that a long line never makes the engine backtrack.
import {
  COMPOUND_NUMBER_WORDS, DECADE_WORDS, MONTH_NUMBERS, NUMBER_WORDS, ROUND_NUMBER_WORDS, TENS, UNITS_OF_TEN, ORDINALS, PARTS_OF_DAY, SEASONS, SHIFT_WORDS, UNITS, VAGUE_AMOUNTS,
  WEEKDAY_NUMBERS,
} from '../lexicon/fr/calendar';
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SPACES, alternation as wordAlternation, normalizeWord } from '../text-patterns';

/** One or more spaces, the no-break ones included (JavaScript's \\s holds U+00A0 and U+202F). */
export const SP = SPACES;
export const APOSTROPHE = "[’']";
export { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD };

/** A word list as a regex alternation (text-patterns.ts), from any iterable of the lexicon's words. */
export function alternation(words: Iterable<string>): string {
  return wordAlternation([...words]);
}

/** A lookahead on the first three letters of the words a pattern starts with: stricter than FIRST, so that the
 *  costlier parts of a pattern run at few positions of a paragraph ("de", "mais" pass two letters of "décembre",
 *  "mars"; they fail three). */
export function firstLettersOf(words: Iterable<string>): string {
  const prefixes = new Set([...words].map((word) => word.toLowerCase().replace(/’/g, "'").slice(0, 3)));
  return `(?=${[...prefixes].map((prefix) => prefix.replace(/'/g, APOSTROPHE).replace(/ /g, SP)).join('|')})`;
}

/** The words right before `index` that a parser reads back ("la" in "la semaine dernière", "ce" in "ce jeudi"),
 *  with the offset where they start. `ending` is a pattern anchored at its end with `$`; only a short slice is read. */
export function wordsBefore(text: string, index: number, ending: RegExp, chars = 40): { groups: Record<string, string | undefined>; start: number } | null {
  const slice = text.slice(Math.max(0, index - chars), index);
  const found = ending.exec(slice);
  if (found === null) return null;
  const words = found.groups?.words ?? found[0];
  return { groups: found.groups ?? {}, start: index - words.length };
}

export const MONTH = alternation(MONTH_NUMBERS.keys());
export const WEEKDAY = alternation(WEEKDAY_NUMBERS.keys());
/** Cues (see DateParser.cue): a month or a weekday name somewhere in the lower-cased paragraph. */
export const MONTH_WORDS: readonly string[] = [...MONTH_NUMBERS.keys()];
export const WEEKDAY_WORDS: readonly string[] = [...WEEKDAY_NUMBERS.keys()];
export const SEASON = alternation(SEASONS.keys());
export const PART_OF_DAY = alternation(PARTS_OF_DAY.keys());
export const UNIT = alternation(UNITS.keys());
export const SHIFT = alternation(SHIFT_WORDS.keys());
export const ORDINAL = alternation(ORDINALS.keys());
export const DECADE_WORD = alternation(DECADE_WORDS.keys());
/** "trois", "12", "vingt-cinq", "quelques": how many units an offset counts. */
// The compounds are built as tens and units, not listed: a long alternation makes a slow pattern.
const COMPOUND = `(?:${alternation(TENS.map(([word]) => word))})(?:-(?:${alternation(UNITS_OF_TEN.map(([word]) => word))})|${SP}et${SP}un)`;
export const AMOUNT = `\\d{1,3}|${COMPOUND}|${alternation([...NUMBER_WORDS.keys(), ...VAGUE_AMOUNTS])}|${alternation(ROUND_NUMBER_WORDS.keys())}`;
/** Between a count and its unit: a space, or nothing after an elided "d’" ("une dizaine d’années"). */
export const AMOUNT_GAP = `(?:${SP}|(?<=[’']))`;
/** Day of the month as written: "1er", "3", "03". */
export const DAY_OF_MONTH = '1er|[0-3]?\\d';
/** A four-digit year of the Gregorian era as news text writes it. */
export const YEAR = '1\\d{3}|20\\d{2}';

/** The compiled pattern of a parser: global, case-insensitive, Unicode. A parser whose mention is not the whole
 *  match says where it starts (Extracted.start): indices ('d') would cost every match an allocation. */
export function datePattern(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** A matched word as the lexicon writes it: lower case, one apostrophe, single spaces. */
export function lower(word: string | undefined): string {
  return normalizeWord(word ?? '').replace(/\s+/g, ' ');
}

/** "3", "1er", "trois", "quelques" → 3, 1, 3, null (a vague amount). */
export function amountOf(word: string | undefined): number | null {
  const written = lower(word);
  if (/^\d+$/.test(written)) return Number(written);
  return NUMBER_WORDS.get(written) ?? COMPOUND_NUMBER_WORDS.get(written) ?? ROUND_NUMBER_WORDS.get(written) ?? null;
}

export function dayOf(word: string | undefined): number {
  return lower(word) === '1er' ? 1 : Number(word);
}

/** "huit jours" is a week and "quinze jours" two, as French counts them: 7 and 14 days. */
export function weekIdiom(amount: number | null, unit: string): number | null {
  if (unit !== 'day') return amount;
  return amount === 8 ? 7 : amount === 15 ? 14 : amount;
}
