// The article's reference date (issue 7 §2): what "hier" and "jeudi" count from. The caller's or the edition's
// date first; else one the text states (a "Publié le …" line, a dateline "PARIS, 26 juillet 2021 (AFP) –"); else a
// caption's date when the text's weekdays agree with it (captions say "le 26 juillet 2021", the text says "lundi",
// and 26 July 2021 is a Monday); else null, and relative dates stay null with it.
import type { PublishedAt, SetAsideLine } from '../article';
import { type Day, isoWeekday, parseDay, timex } from './calendar-day';
import { findCandidates } from './find-date-mentions';
import type { Candidate } from './reading';
import type { CandidateBlock } from './refiners/resolve-in-narrative-order';

/** "Publié le 26 juillet 2021 à 10 h 05", "Mis à jour le 27/07/2021": the site's own statement of the date. */
const PUBLISHED_LINE = /^[\s\p{P}]*(?<verb>publié|mis à jour|mise à jour|modifié)(?![\p{L}])[^\n]{0,24}?[\s\u00A0]le[\s\u00A0]/iu;
/** "PARIS, 26 juillet 2021 (AFP) –", "Bagdad, le 26 juillet 2021 —": a city in capitals or a name, then the date. */
const DATELINE = /^[\p{Lu}][\p{L}’'.-]*(?:[\s\u00A0-][\p{L}’'.-]+){0,3}(?:[\s\u00A0]*\([^)]{1,30}\))?[\s\u00A0]*,[\s\u00A0]*(?:le[\s\u00A0]+)?(?=\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/iu;
/** How many opening paragraphs may hold a dateline or a "Publié le" line the lines pass kept as text. */
const LEADING_PARAGRAPHS = 2;

export interface ReferenceOptions {
  publishedAt?: string;
  publishedAtFrom?: 'option' | 'edition';
}

/** A stated full day in the candidates, as the text wrote it ("26 juillet 2021", "26/07/2021"). */
function statedDay(candidates: readonly Candidate[], from = 0): Day | null {
  for (const candidate of candidates) {
    if (candidate.start < from) continue;
    const { reading } = candidate;
    if (reading.kind === 'date' && reading.year !== null && reading.month !== null) {
      return parseDay(timex.day({ year: reading.year, month: reading.month, day: reading.day }));
    }
  }
  return null;
}

/** The date a "Publié le …" line or a dateline states, and which of the two it is. */
export function datelineDate(text: string): PublishedAt | null {
  const published = PUBLISHED_LINE.exec(text);
  const dateline = published === null ? DATELINE.exec(text) : null;
  const lead = published ?? dateline;
  if (lead === null) return null;
  const day = statedDay(findCandidates(text.slice(0, lead[0].length + 40)), lead[0].length);
  if (day === null) return null;
  return { value: timex.day(day), source: published === null ? 'dateline' : 'published-line' };
}

/**
 * A line the lines pass already set aside as the page's date line ("lundi 06 août 2012, 06:43", "AFP | 01/07/2014 -
 * 11:11", "Mis en ligne Samedi 2 mars 2013, 17h32") states the publication day as its first full date: a later one on
 * the same line is an update ("31 août 2017 à 13:03 (mis à jour à 14:21)").
 */
function setAsideLineDate(text: string): PublishedAt | null {
  const day = statedDay(findCandidates(text));
  if (day === null) return null;
  return { value: timex.day(day), source: SITE_STATEMENT.test(text) ? 'published-line' : 'dateline' };
}

/** The words by which a site states its own date ("Publié", "Mis en ligne", "Mis à jour"). */
const SITE_STATEMENT = /publi|mis[e]?[\s\u00A0]+(?:en[\s\u00A0]+ligne|à[\s\u00A0]+jour)/iu;

/** The latest caption date whose weekday the paragraphs name ("lundi"), or null. */
export function captionDate(blocks: readonly CandidateBlock[]): PublishedAt | null {
  const weekdaysUsed = new Set<number>();
  for (const block of blocks) {
    if (block.aside) continue;
    for (const { reading } of block.candidates) if (reading.kind === 'weekday') weekdaysUsed.add(reading.weekday);
  }
  let latest: Day | null = null;
  for (const block of blocks) {
    if (!block.aside) continue;
    const day = statedDay(block.candidates);
    if (day === null || !weekdaysUsed.has(isoWeekday(day))) continue;
    if (latest === null || timex.day(day) > timex.day(latest)) latest = day;
  }
  return latest === null ? null : { value: timex.day(latest), source: 'caption' };
}

/**
 * The reference date, by the first source that gives one. A caller's date that is not a real YYYY-MM-DD day is a
 * problem for the caller (returned as a sentence), not a guess.
 */
export function findPublishedAt(
  options: ReferenceOptions,
  setAside: readonly SetAsideLine[],
  blocks: readonly CandidateBlock[],
): PublishedAt | string | null {
  if (options.publishedAt !== undefined) {
    const day = parseDay(options.publishedAt.slice(0, 10));
    if (day === null) return `publishedAt "${options.publishedAt}" is not a date: write it YYYY-MM-DD`;
    return { value: timex.day(day), source: options.publishedAtFrom ?? 'option' };
  }
  for (const line of setAside) {
    if (line.reason !== 'dateline') continue;
    const found = datelineDate(line.text) ?? setAsideLineDate(line.text);
    if (found !== null) return found;
  }
  for (const block of blocks.filter((candidate) => !candidate.aside).slice(0, LEADING_PARAGRAPHS)) {
    const found = datelineDate(block.text);
    if (found !== null) return found;
  }
  return captionDate(blocks);
}
