// Turns a reading into a TIMEX3 value against the dates it counts from: the publication (deictic words: "hier",
// "jeudi", "la semaine dernière") and the date the passage tells (anaphoric words: "la veille", "deux jours plus
// tard", "le même mois"). What the words and these dates cannot settle is null, never a guess.
import type { CalendarUnit } from '../lexicon/fr/calendar';
import {
  type Day, addDays, addMonths, dayNumber, daysInMonth, isValidDay, isoWeekday, pad, timex,
} from './calendar-day';
import type { DatePrecision } from '../article';
import type { Direction, Reading, Season, Tense } from './reading';

/** A date as precise as the text made it: the first day of the period and its size. */
export interface Anchor {
  day: Day;
  precision: AnchorPrecision;
}
type AnchorPrecision = 'century' | 'decade' | 'year' | 'half-year' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day';

export interface ResolveContext {
  publication: Day | null;
  /** The last date the narrative gave (the publication before any). */
  narrative: Anchor | null;
  /** Whether that date came from the text of this passage (this block or the one before), not the publication. */
  narrativeIsFresh: boolean;
  /** Whether that date was given in an earlier sentence: "élu en 2017, … les manifestations du 1er décembre" does
   *  not put December in 2017, while "En 2018, … Le 3 mars, …" does. */
  narrativeIsEarlierSentence: boolean;
  /** The last single day the narrative gave (the publication before any): hours and clock times count from it. */
  narrativeDay: Day | null;
  /** Whether the text gave any date before (else the narrative is the bare publication). */
  narrativeIsMentioned: boolean;
  /** Whether that last day was told in this block or the one before: "Vers 11 h 15, il entre" is on that day. */
  narrativeDayIsRecent: boolean;
  tense: Tense | null;
}

export interface Resolved {
  value: string;
  precision: DatePrecision;
  /** The date later anaphoric words count from; null for references and decades. */
  anchor: Anchor | null;
  /** Whether the publication date was needed: then the value says nothing new about the passage's time. */
  fromPublication: boolean;
}

const RANK: Readonly<Record<AnchorPrecision, number>> = {
  century: 0, decade: 1, year: 2, 'half-year': 3, quarter: 4, season: 4, month: 5, week: 6, weekend: 6, day: 7,
};
const UNIT_RANK: Readonly<Record<CalendarUnit, number>> = { century: 0, decade: 1, year: 2, month: 5, week: 6, day: 7, hour: 8 };
const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
/** The most a vague count ("quelques jours") is taken to mean, per unit. */
const VAGUE_MAX: Readonly<Record<CalendarUnit, number>> = { hour: 12, day: 7, week: 4, month: 6, year: 5, decade: 3, century: 2 };

function dayAnchor(day: Day): Anchor {
  return { day, precision: 'day' };
}

/** The value of an anchor at its own precision. */
export function anchorValue(anchor: Anchor): string {
  const { day } = anchor;
  switch (anchor.precision) {
    case 'day': return timex.day(day);
    case 'week': return timex.week(day);
    case 'weekend': return timex.weekend(day);
    case 'month': return timex.month(day.year, day.month);
    case 'season': return `${pad(seasonYear(day), 4)}-${seasonOf(day)}`;
    case 'quarter': return `${pad(day.year, 4)}-Q${Math.ceil(day.month / 3)}`;
    case 'half-year': return `${pad(day.year, 4)}-H${day.month <= 6 ? 1 : 2}`;
    case 'year': return timex.year(day.year);
    case 'decade': return String(Math.floor(day.year / 10));
    case 'century': return pad(Math.floor(day.year / 100));
  }
}

function resolved(anchor: Anchor, fromPublication: boolean): Resolved {
  return { value: anchorValue(anchor), precision: anchor.precision, anchor, fromPublication };
}

function seasonOf(day: Day): Season {
  if (day.month === 12 || day.month <= 2) return 'WI';
  return SEASON_ORDER[Math.floor((day.month - 3) / 3)] ?? 'WI';
}
/** Winter belongs to the year of its December (TIMEX3): January 2021 is in 2020-WI. */
function seasonYear(day: Day): number {
  return day.month <= 2 ? day.year - 1 : day.year;
}
function seasonStart(year: number, season: Season): Day {
  return { year, month: 3 + 3 * SEASON_ORDER.indexOf(season), day: 1 };
}

/** The last day of an anchor's period. */
function anchorEnd(anchor: Anchor): Day {
  const { day } = anchor;
  switch (anchor.precision) {
    case 'day': return day;
    case 'week': return addDays(day, 6);
    case 'weekend': return addDays(day, 1);
    case 'month': return { ...day, day: daysInMonth(day.year, day.month) };
    case 'season': return addDays(addMonths(day, 3), -1);
    case 'quarter': return addDays(addMonths(day, 3), -1);
    case 'half-year': return addDays(addMonths(day, 6), -1);
    case 'year': return { year: day.year, month: 12, day: 31 };
    case 'decade': return { year: day.year + 9, month: 12, day: 31 };
    case 'century': return { year: day.year + 99, month: 12, day: 31 };
  }
}

/** Of the candidate periods, the one the tense points to from the base: the latest not after it (past), the
 *  earliest not before it (future), else the nearest. */
function pick(candidates: Anchor[], base: Anchor, tense: Tense | null): Anchor | null {
  const [baseStart, baseEnd] = [dayNumber(base.day), dayNumber(anchorEnd(base))];
  let best: Anchor | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const [start, end] = [dayNumber(candidate.day), dayNumber(anchorEnd(candidate))];
    if (tense === 'past' && start > baseEnd) continue;
    if (tense === 'future' && end < baseStart) continue;
    const distance = end < baseStart ? baseStart - end : start > baseEnd ? start - baseEnd : 0;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The date a year-less reading ("le 3 juin", "en mars") is placed near: the passage's when it gave one. */
function yearBase(context: ResolveContext): { base: Anchor; fromPublication: boolean; tense: Tense | null } | null {
  const { narrative } = context;
  // The passage's date places a year-less date when the clause tells the past ("le 3 janvier, Trump a ordonné"),
  // not the present ("depuis décembre, on voit"), and when it is a month or a day, or a year said before.
  const narrativePlaces =
    narrative !== null && context.narrativeIsFresh && context.tense === 'past' &&
    (RANK[narrative.precision] >= RANK.month || context.narrativeIsEarlierSentence);
  if (narrativePlaces) return { base: narrative, fromPublication: false, tense: null };
  if (context.publication === null) return null;
  return { base: dayAnchor(context.publication), fromPublication: true, tense: context.tense };
}

function resolveDate(reading: Extract<Reading, { kind: 'date' }>, context: ResolveContext): Resolved | null {
  const { day, month, year } = reading;
  if (month !== null && year !== null) {
    return isValidDay(year, month, day) ? resolved(dayAnchor({ year, month, day }), false) : null;
  }
  // "le 28 décembre dernier", "le 11 décembre prochain": the words give the direction from the publication.
  const shifted = reading.shift === null ? null : { ...context, narrative: null, tense: reading.shift === 1 ? 'future' as const : 'past' as const };
  const found = yearBase(shifted ?? context);
  if (found === null) return null;
  const { base } = found;
  const candidates: Anchor[] = [];
  for (let step = -12; step <= 12; step += 1) {
    const shifted = addMonths({ ...base.day, day: 1 }, step);
    if (month !== null && shifted.month !== month) continue;
    if (month === null && Math.abs(step) > 1) continue;
    if (!isValidDay(shifted.year, shifted.month, day)) continue;
    const date = { year: shifted.year, month: shifted.month, day };
    if (reading.weekday !== null && isoWeekday(date) !== reading.weekday) continue;
    candidates.push(dayAnchor(date));
  }
  const chosen = pick(candidates, base, found.tense);
  return chosen === null ? null : resolved(chosen, found.fromPublication);
}

function resolveMonth(reading: Extract<Reading, { kind: 'month' }>, context: ResolveContext): Resolved | null {
  const { month, year, shift } = reading;
  if (year !== null) return resolved({ day: { year, month, day: 1 }, precision: 'month' }, false);
  if (shift !== null) {
    const publication = context.publication;
    if (publication === null) return null;
    const later = shift === 1 ? (publication.month < month ? publication.year : publication.year + 1) : (publication.month > month ? publication.year : publication.year - 1);
    return resolved({ day: { year: later, month, day: 1 }, precision: 'month' }, true);
  }
  const found = yearBase(context);
  if (found === null) return null;
  const years = [found.base.day.year - 1, found.base.day.year, found.base.day.year + 1];
  const chosen = pick(years.map((candidate) => ({ day: { year: candidate, month, day: 1 }, precision: 'month' as const })), found.base, found.tense);
  return chosen === null ? null : resolved(chosen, found.fromPublication);
}

function resolveSeason(reading: Extract<Reading, { kind: 'season' }>, context: ResolveContext): Resolved | null {
  const { season, year, shift } = reading;
  if (year !== null) return resolved({ day: seasonStart(year, season), precision: 'season' }, false);
  const found = shift === null ? yearBase(context) : context.publication === null ? null : { base: dayAnchor(context.publication), fromPublication: true, tense: null };
  if (found === null) return null;
  const baseYear = seasonYear(found.base.day);
  const candidates = [baseYear - 1, baseYear, baseYear + 1].map((candidate) => ({ day: seasonStart(candidate, season), precision: 'season' as const }));
  let chosen: Anchor | null;
  if (shift === 0) chosen = candidates[1] ?? null;
  else if (shift !== null) {
    const base = dayNumber(found.base.day);
    const ordered = shift === 1 ? candidates : [...candidates].reverse();
    chosen = ordered.find((candidate) => (shift === 1 ? dayNumber(candidate.day) > base : dayNumber(anchorEnd(candidate)) < base)) ?? null;
  } else chosen = pick(candidates, found.base, found.tense);
  return chosen === null ? null : resolved(chosen, found.fromPublication);
}

function resolveWeekday(reading: Extract<Reading, { kind: 'weekday' }>, context: ResolveContext): Resolved | null {
  const base = reading.origin === 'narrative' ? context.narrativeDay : context.publication;
  if (base === null) return null;
  const [from, target] = [isoWeekday(base), reading.weekday];
  const back = (from - target + 7) % 7 || 7;
  const ahead = (target - from + 7) % 7 || 7;
  let days: number;
  if (reading.shift === 0) days = target - from;
  else if (reading.shift === -1) days = -back;
  else if (reading.shift === 1) days = ahead;
  else if (target === from) days = 0;
  else if (context.tense === 'past') days = -back;
  else if (context.tense === 'future') days = ahead;
  else days = back <= ahead ? -back : ahead;
  return resolved(dayAnchor(addDays(base, days)), reading.origin === 'publication');
}

/** Moves an anchor by whole units, at the unit's precision (or the anchor's, when the anchor is coarser). */
function shiftAnchor(base: Anchor, unit: CalendarUnit, amount: number): Anchor {
  if (UNIT_RANK[unit] > RANK[base.precision] || amount === 0) return base;
  switch (unit) {
    case 'hour':
    case 'day': return dayAnchor(addDays(base.day, amount));
    case 'week': return { day: addDays(base.day, 7 * amount), precision: 'week' };
    case 'month': return { day: { ...addMonths(base.day, amount), day: 1 }, precision: 'month' };
    case 'year': return { day: { year: base.day.year + amount, month: 1, day: 1 }, precision: 'year' };
    case 'decade': return { day: { year: base.day.year + 10 * amount, month: 1, day: 1 }, precision: 'year' };
    case 'century': return { day: { year: base.day.year + 100 * amount, month: 1, day: 1 }, precision: 'year' };
  }
}

/** The coarser precision a vague count still allows: "quelques jours plus tard" after the 3rd is that month, when
 *  a week later is still in it. */
function vagueShift(base: Anchor, unit: CalendarUnit, direction: Direction): Anchor | null {
  if (UNIT_RANK[unit] > RANK[base.precision]) return base;
  const near = shiftAnchor(base, unit, 2 * direction).day;
  const far = shiftAnchor(base, unit, VAGUE_MAX[unit] * direction).day;
  const levels: AnchorPrecision[] = ['month', 'year', 'decade'];
  for (const precision of levels) {
    if (RANK[precision] >= UNIT_RANK[unit] && unit !== 'hour') continue;
    const [a, b] = [{ day: near, precision }, { day: far, precision }];
    if (anchorValue(a) === anchorValue(b)) return { day: startOf(near, precision), precision };
  }
  return null;
}

function startOf(day: Day, precision: AnchorPrecision): Day {
  if (precision === 'month') return { ...day, day: 1 };
  if (precision === 'year') return { year: day.year, month: 1, day: 1 };
  return { year: day.year - (day.year % 10), month: 1, day: 1 };
}

function resolveOffset(given: Extract<Reading, { kind: 'offset' }>, context: ResolveContext): Resolved | null {
  if (given.origin === 'told-event' && !context.narrativeIsMentioned) return null;
  const reading = given.origin === 'told-event' ? { ...given, origin: 'narrative' as const } : given;
  // "dans quelques semaines" is the future whatever the day of publication.
  if (reading.amount === null && reading.origin === 'publication' && reading.direction !== 0) {
    return { value: reading.direction === -1 ? 'PAST_REF' : 'FUTURE_REF', precision: 'reference', anchor: null, fromPublication: true };
  }
  const publication = context.publication === null ? null : dayAnchor(context.publication);
  // Hours and clock times need a day: the last one the narrative gave ("mardi … Quelques heures plus tôt").
  const narrativeDay = context.narrativeDay === null ? null : dayAnchor(context.narrativeDay);
  const usePassage = reading.origin === 'passage' && context.narrativeDayIsRecent && context.tense !== 'future';
  const base =
    usePassage || (reading.origin === 'narrative' && reading.unit === 'hour') ? narrativeDay
      : reading.origin === 'narrative' ? context.narrative
        : publication;
  if (base === null) return null;
  const fromPublication = base === publication;
  if (reading.amount === null) {
    const vague = vagueShift(base, reading.unit, reading.direction === 0 ? 1 : reading.direction);
    return vague === null ? null : resolved(vague, fromPublication);
  }
  // A clock time needs a day; "ce jour-là" after "janvier 2020" is only as precise as that month.
  if (reading.origin === 'passage' && base.precision !== 'day') return null;
  return resolved(shiftAnchor(base, reading.unit, reading.amount * reading.direction), fromPublication);
}

function resolvePeriod(reading: Extract<Reading, { kind: 'period' }>, context: ResolveContext): Resolved | null {
  if (reading.toldBefore === true && context.tense === 'future') return null;
  const publication = context.publication === null ? null : dayAnchor(context.publication);
  const usePassage = reading.origin === 'passage' && context.narrativeIsFresh && context.tense === 'past';
  const base = reading.origin === 'narrative' || usePassage ? context.narrative : publication;
  if (base === null) return null;
  const fromPublication = base === publication;
  const unitRank = reading.unit === 'weekend' ? RANK.weekend : UNIT_RANK[reading.unit];
  if (unitRank > RANK[base.precision]) return null; // "cette semaine" of a month: which week is unknown
  const { day } = base;
  switch (reading.unit) {
    case 'week': {
      // "en début de semaine" said on a Sunday about what is to come is the next week.
      const ahead = reading.shift === 0 && context.tense === 'future' && isoWeekday(day) >= 6 ? 1 : 0;
      return resolved({ day: addDays(day, 7 * (reading.shift + ahead) - (isoWeekday(day) - 1)), precision: 'week' }, fromPublication);
    }
    case 'month': return resolved({ day: { ...addMonths(day, reading.shift), day: 1 }, precision: 'month' }, fromPublication);
    case 'year': return resolved({ day: { year: day.year + reading.shift, month: 1, day: 1 }, precision: 'year' }, fromPublication);
    case 'weekend': {
      const weekday = isoWeekday(day);
      let saturday: Day;
      const previous = addDays(day, -((weekday + 1) % 7 || 7)); // the Saturday strictly before
      const next = addDays(day, (6 - weekday + 7) % 7 || 7); // the Saturday strictly after
      if (reading.shift === -1) saturday = weekday === 7 ? addDays(day, -8) : previous;
      else if (reading.shift === 1) saturday = weekday === 6 ? addDays(day, 7) : next;
      else if (weekday >= 6) saturday = addDays(day, 6 - weekday);
      else if (context.tense === 'past') saturday = previous;
      else if (context.tense === 'future') saturday = next;
      else saturday = weekday <= 2 ? previous : next;
      return resolved({ day: saturday, precision: 'weekend' }, fromPublication);
    }
  }
}

function resolvePartOfYear(reading: Extract<Reading, { kind: 'part-of-year' }>, context: ResolveContext): Resolved | null {
  const found = reading.year === null ? yearBase(context) : null;
  const year = reading.year ?? found?.base.day.year;
  if (year === undefined) return null;
  const precision = reading.unit === 'quarter' ? 'quarter' : 'half-year';
  const month = reading.unit === 'quarter' ? 3 * reading.index - 2 : 6 * reading.index - 5;
  return resolved({ day: { year, month, day: 1 }, precision }, found?.fromPublication ?? false);
}

function fixedAnchor(value: string, precision: DatePrecision): Anchor | null {
  if (precision === 'year') return { day: { year: Number(value), month: 1, day: 1 }, precision: 'year' };
  return null;
}

export function resolveReading(reading: Reading, context: ResolveContext): Resolved | null {
  switch (reading.kind) {
    case 'fixed': return { value: reading.value, precision: reading.precision, anchor: fixedAnchor(reading.value, reading.precision), fromPublication: false };
    case 'date': return resolveDate(reading, context);
    case 'month': return resolveMonth(reading, context);
    case 'season': return resolveSeason(reading, context);
    case 'weekday': return resolveWeekday(reading, context);
    case 'offset': return resolveOffset(reading, context);
    case 'period': return resolvePeriod(reading, context);
    case 'part-of-year': return resolvePartOfYear(reading, context);
    case 'reference': return { value: reading.value, precision: 'reference', anchor: null, fromPublication: false };
    case 'range': {
      const from = resolveReading(reading.from, context);
      // "du lundi au mercredi": the second weekday is the first one on or after the first.
      const to = reading.to.kind === 'weekday' && from?.anchor?.precision === 'day'
        ? resolved(dayAnchor(addDays(from.anchor.day, (reading.to.weekday - isoWeekday(from.anchor.day) + 7) % 7)), from.fromPublication)
        : resolveReading(reading.to, context);
      if (from === null || to === null) return null;
      return { value: `${from.value}/${to.value}`, precision: from.precision, anchor: from.anchor, fromPublication: from.fromPublication || to.fromPublication };
    }
  }
}

/** The precision a reading has before it is resolved, for the mentions that cannot be (value null). */
export function readingPrecision(reading: Reading): DatePrecision {
  switch (reading.kind) {
    case 'fixed': return reading.precision;
    case 'date':
    case 'weekday': return 'day';
    case 'month': return 'month';
    case 'season': return 'season';
    case 'offset': return reading.amount === null && reading.origin === 'publication' ? 'reference' : reading.unit === 'hour' ? 'day' : reading.unit === 'decade' || reading.unit === 'century' ? 'year' : reading.unit;
    case 'period': return reading.unit;
    case 'part-of-year': return reading.unit === 'quarter' ? 'quarter' : 'half-year';
    case 'reference': return 'reference';
    case 'range': return readingPrecision(reading.from);
  }
}
