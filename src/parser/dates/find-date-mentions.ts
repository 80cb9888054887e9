// The French date engine: every temporal expression of an article, with its TIMEX3 value, precision and modifier.
// Parsers find one form each; block refiners cut across forms; the last step resolves the whole article in
// reading order, so that the date a passage tells carries from one paragraph to the next.
import { parseDay } from './calendar-day';
import type { DateMention } from '../article';
import { century } from './parsers/century';
import { clockTime } from './parsers/clock-time';
import { dayMonthYear } from './parsers/day-month-year';
import { dayOfMonth } from './parsers/day-of-month';
import { dayRange } from './parsers/day-range';
import { decade } from './parsers/decade';
import { month } from './parsers/month';
import { narrativeDay } from './parsers/narrative-day';
import { numericDate } from './parsers/numeric-date';
import { partOfToday } from './parsers/part-of-today';
import { partOfDay } from './parsers/part-of-day';
import { partOfYear } from './parsers/part-of-year';
import { periodEdge } from './parsers/period-edge';
import { relativeDay } from './parsers/relative-day';
import { relativePeriod } from './parsers/relative-period';
import { season } from './parsers/season';
import { sinceDuration } from './parsers/since-duration';
import { timeAgo } from './parsers/time-ago';
import { timeFromNow } from './parsers/time-from-now';
import { timeLater } from './parsers/time-later';
import { vaguePeriod } from './parsers/vague-period';
import { vagueReference } from './parsers/vague-reference';
import { weekday } from './parsers/weekday';
import { year } from './parsers/year';
import type { BlockRefiner, Candidate, DateParser } from './reading';
import { applyModifiers } from './refiners/apply-modifiers';
import { attachTimeOfDay } from './refiners/attach-time-of-day';
import { dropTitlesOfWorks } from './refiners/drop-titles-of-works';
import { mergeRanges } from './refiners/merge-ranges';
import { readTense } from './refiners/read-tense';
import { removeOverlaps } from './refiners/remove-overlaps';
import { type CandidateBlock, resolveInNarrativeOrder } from './refiners/resolve-in-narrative-order';

/** The forms, most specific first: on equal spans the earlier one wins ("du 3 au 5 juin" is a range before it
 *  is a day; "lundi 26 juillet" a date before it is a weekday). */
export const DATE_PARSERS: readonly DateParser[] = [
  dayRange, dayMonthYear, numericDate, periodEdge, partOfYear, decade, century, season, month, year,
  relativePeriod, narrativeDay, relativeDay, partOfToday, timeAgo, timeFromNow, timeLater, sinceDuration,
  vaguePeriod, partOfDay, weekday, dayOfMonth, clockTime, vagueReference,
];

/** In this order: overlaps go first (each later step sees one reading per span), then titles of works ("le film 18 ans
 *  plus tard") are dropped whole; ranges are joined before times
 *  attach to their day ("du lundi au mercredi soir"); modifiers then look before the whole mention; the tense is
 *  read last, around the final span. */
export const BLOCK_REFINERS: readonly BlockRefiner[] = [removeOverlaps, dropTitlesOfWorks, mergeRanges, attachTimeOfDay, applyModifiers, readTense];

export interface DateBlock {
  id: string;
  text: string;
  /** A caption: dated against the publication, outside the narrative. */
  aside?: boolean;
}

/** The candidates of one block, refined: exported for the rule tests. */
export function findCandidates(text: string): Candidate[] {
  let found: Candidate[] = [];
  const lowered = text.toLowerCase();
  const cued = cuedParsers(lowered);
  // The cue words' places are the text's when lowering moved nothing ("İ" lowers to two characters), and a cue word
  // is where the pattern reads one unless the text writes a long "ſ" (the case-blind pattern reads it as "s").
  const cuePlacesHold = lowered.length === text.length && !lowered.includes('ſ');
  for (const parser of DATE_PARSERS) {
    const firstCue = cued.get(parser);
    if (firstCue === undefined) continue;
    const { pattern } = parser;
    pattern.lastIndex = cuePlacesHold && parser.cueLead !== undefined ? Math.max(0, firstCue - parser.cueLead) : 0;
    // exec, not matchAll: matchAll copies the pattern on every call.
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const extracted = parser.extract(match, text);
      if (extracted === null) continue;
      found.push({
        start: extracted.start ?? match.index, end: match.index + match[0].length, reading: extracted.reading, rule: parser.rule,
        partOfDay: extracted.partOfDay ?? null, time: extracted.time ?? null, mod: extracted.mod ?? null, tense: null,
      });
    }
  }
  // Most blocks have no date at all: the refiners have nothing to read.
  if (found.length === 0) return found;
  for (const refine of BLOCK_REFINERS) found = refine(found, text);
  return found;
}

/** The parsers cued by a list of words ("lundi", "mardi"…) are found together, in one scan of the paragraph for
 *  every cue word, rather than one scan a parser: on a paragraph, the cues cost as much as the parsers. */
const CUE_WORDS = [...new Set(DATE_PARSERS.flatMap((parser) => (parser.cue instanceof RegExp ? [] : parser.cue)))];
const ANY_CUE_WORD = new RegExp(
  [...CUE_WORDS].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
/** The scan finds the longest cue word at each place; every cue word that begins it is there too ("pass" in
 *  "passé"), so each found word cues the parsers of all its beginnings. */
const PARSERS_CUED_BY: ReadonlyMap<string, readonly DateParser[]> = new Map(
  CUE_WORDS.map((found) => [
    found,
    DATE_PARSERS.filter((parser) => !(parser.cue instanceof RegExp) && parser.cue.some((word) => found.startsWith(word))),
  ]),
);

/** The parsers cued by a pattern ("il y a", a figure then "h") are found the same way: one scan for all their
 *  patterns; at each place one matches, every other pattern is tried there too, so none hides another. */
const PATTERN_CUED = DATE_PARSERS.flatMap((parser) => (parser.cue instanceof RegExp ? [{ parser, at: new RegExp(parser.cue.source, 'y') }] : []));
const ANY_CUE_PATTERN = new RegExp(PATTERN_CUED.map(({ at }) => `(?:${at.source})`).join('|'), 'g');

/** The parsers whose cue occurs in the lowered text of a block, with where their first cue starts: the others cannot
 *  match it and are not run. */
function cuedParsers(lowered: string): ReadonlyMap<DateParser, number> {
  const cued = new Map<DateParser, number>();
  ANY_CUE_WORD.lastIndex = 0;
  for (let found = ANY_CUE_WORD.exec(lowered); found !== null; found = ANY_CUE_WORD.exec(lowered)) {
    for (const parser of PARSERS_CUED_BY.get(found[0]) ?? []) if (!cued.has(parser)) cued.set(parser, found.index);
    // From the next character, not past the word: another cue word may start inside this one.
    ANY_CUE_WORD.lastIndex = found.index + 1;
  }
  let patternsLeft = PATTERN_CUED.length;
  ANY_CUE_PATTERN.lastIndex = 0;
  for (let found = ANY_CUE_PATTERN.exec(lowered); found !== null && patternsLeft > 0; found = ANY_CUE_PATTERN.exec(lowered)) {
    for (const { parser, at } of PATTERN_CUED) {
      if (cued.has(parser)) continue;
      at.lastIndex = found.index;
      if (at.test(lowered)) {
        cued.set(parser, found.index);
        patternsLeft -= 1;
      }
    }
    ANY_CUE_PATTERN.lastIndex = found.index + 1;
  }
  ANY_CUE_PATTERN.lastIndex = 0;
  return cued;
}

/** The blocks with their refined candidates, before any reference date is known. */
export function readBlocks(blocks: readonly DateBlock[]): CandidateBlock[] {
  return blocks.map((block) => ({ id: block.id, text: block.text, aside: block.aside ?? false, candidates: findCandidates(block.text) }));
}

/**
 * Every date mention of the blocks, in reading order. `publishedAt` ("2021-07-26") is the date deictic words count
 * from; without it, "hier" or "jeudi" are found but their value is null.
 */
export function findDateMentions(blocks: readonly DateBlock[], options: { publishedAt: string | null }): DateMention[] {
  const publication = options.publishedAt === null ? null : parseDay(options.publishedAt);
  return resolveInNarrativeOrder(readBlocks(blocks), publication);
}
