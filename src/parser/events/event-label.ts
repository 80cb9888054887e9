// The French label of an event's date, at the precision the text gives and no finer: "janvier 2020", "jeudi 22
// juillet 2021", "semaine du 19 juillet 2021", "d’ici fin 2021". Also the date as an HTML <time datetime> value.
import { addDays, dayNumber, daysInMonth, isoWeekday, parseDay, timex, type Day } from '../dates/calendar-day';
import { MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../lexicon/fr/calendar';
import type { DatedMention } from './dated-mention';

type Dated = Pick<DatedMention, 'value' | 'precision' | 'mod'>;

/** The first spelling of each calendar word: "février", not the scrapes' "fevrier". */
const MONTH_NAMES = MONTHS.map((spellings) => spellings[0] ?? '');
const SEASON_NAMES = firstWordOfEachCode(SEASONS);
const PART_OF_DAY_NAMES = firstWordOfEachCode(PARTS_OF_DAY);
const QUARTERS = ['premier trimestre', 'deuxième trimestre', 'troisième trimestre', 'quatrième trimestre'];
const HALVES = ['premier semestre', 'second semestre'];
/** "fin 2021" but "fin janvier 2020": the modifier's word before the period it modifies. */
const MODIFIER_WORDS: Readonly<Record<string, string>> = { start: 'début', mid: 'mi-', end: 'fin', since: 'depuis', around: 'vers' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/;
const SUBDIVISION = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/;
const YEAR = /^\d{4}$/;

/** The label of a resolved date; null for a value it cannot name (a reference, or an unknown form). */
export function eventLabel({ value, precision, mod }: Dated): string | null {
  if (value === null || precision === 'reference') return null;
  return dateLabel(value, mod);
}

/** The label of a TIMEX3-style value ("2020-01", "2021-07-26", "2021-W29"…) with its modifier. */
export function dateLabel(value: string, mod: Dated['mod'] = null): string | null {
  const range = value.split('/');
  if (range.length === 2) return rangeLabel(range[0] ?? '', range[1] ?? '');
  const label = periodLabel(value);
  if (label === null) return null;
  if (mod === 'by') return YEAR.test(value) || MONTH.test(value) ? `d’ici fin ${label}` : `d’ici le ${label}`;
  if (mod === 'mid') return `mi-${label}`;
  if (mod === null) return label;
  return `${MODIFIER_WORDS[mod]} ${label}`;
}

function periodLabel(value: string): string | null {
  const date = parseDay(DAY.exec(value)?.[0] ?? '');
  if (date) {
    const base = `${WEEKDAYS[isoWeekday(date) - 1]} ${dayLabel(date)} ${date.year}`;
    const time = /T(\d{2}):(\d{2})$/.exec(value);
    if (time) return `${base} à ${Number(time[1])} h ${time[2]}`;
    const part = /T([A-Z]{2})$/.exec(value)?.[1];
    const partName = part === undefined ? undefined : PART_OF_DAY_NAMES.get(part);
    return partName ? `${base}, ${partName}` : base;
  }
  const month = MONTH.exec(value);
  if (month) return `${MONTH_NAMES[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const week = WEEK.exec(value);
  if (week) {
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    if (week[3]) return `week-end du ${dayLabel(addDays(monday, 5))} ${addDays(monday, 5).year}`;
    return `semaine du ${dayLabel(monday)} ${monday.year}`;
  }
  const subdivision = SUBDIVISION.exec(value);
  if (subdivision) {
    const [, year, part = ''] = subdivision;
    const name = part.startsWith('Q') ? QUARTERS[Number(part[1]) - 1] : part.startsWith('H') ? HALVES[Number(part[1]) - 1] : SEASON_NAMES.get(part);
    return `${name} ${year}`;
  }
  if (YEAR.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `années ${value}0`;
  if (/^\d{2}$/.test(value)) return `${romanCentury(Number(value) + 1)} siècle`;
  return null;
}

/** "du 3 au 5 juin 2021", "du 28 juin au 13 juillet 2024", or the two labels when the forms differ. */
function rangeLabel(from: string, to: string): string | null {
  const a = parseDay(from);
  const b = parseDay(to);
  if (a && b && a.year === b.year) {
    const first = a.day === 1 ? '1er' : String(a.day);
    const last = `${dayLabel(b)} ${b.year}`;
    return a.month === b.month ? `du ${first} au ${last}` : `du ${first} ${MONTH_NAMES[a.month - 1]} au ${last}`;
  }
  const labelA = periodLabel(from);
  const labelB = periodLabel(to);
  return labelA && labelB ? `de ${labelA} à ${labelB}` : null;
}

/** The date as a valid HTML datetime value: the value itself where HTML has the form (day, month, week, year,
 *  date and time), else the nearest coarser form ("2021-07-26TAF" → "2021-07-26", "2021-Q3" → "2021"). */
export function htmlDatetime(value: string): string {
  const from = value.split('/')[0] ?? value;
  if (/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/.test(from) || /^\d{4}-W\d{2}$/.test(from)) return from;
  const prefix = /^\d{4}-\d{2}-\d{2}|^\d{4}-W\d{2}|^\d{4}/.exec(from)?.[0];
  if (prefix) return prefix;
  if (/^\d{3}$/.test(from)) return `${from}0`;
  if (/^\d{2}$/.test(from)) return `${from}00`;
  return from;
}

/** The day an event's date starts, ends or stands for, to put events of mixed precision in order: "d’ici fin 2021"
 *  comes after "lundi 26 juillet 2021", "début 2021" before it. */
export function sortKey({ value, mod }: Pick<Dated, 'value' | 'mod'>): string {
  const from = (value ?? '').split('/')[0] ?? '';
  const [first, last] = bounds(from);
  if (mod === 'end' || mod === 'by') return last;
  if (mod === 'mid') {
    const [start, end] = [parseDay(first), parseDay(last)];
    return start && end ? timex.day(addDays(start, Math.floor((dayNumber(end) - dayNumber(start)) / 2))) : first;
  }
  return first;
}

function bounds(value: string): [string, string] {
  const day = DAY.exec(value);
  if (day) return [day[0], day[0]];
  const month = MONTH.exec(value);
  if (month) return [`${value}-01`, `${value}-${daysInMonth(Number(month[1]), Number(month[2]))}`];
  const week = WEEK.exec(value);
  if (week) {
    // A week runs Monday to Sunday; its weekend, Saturday and Sunday.
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    return [timex.day(addDays(monday, week[3] ? 5 : 0)), timex.day(addDays(monday, 6))];
  }
  const subdivision = SUBDIVISION.exec(value);
  if (subdivision) {
    const [, year = '', part = ''] = subdivision;
    const months: Readonly<Record<string, [number, number]>> = {
      Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14],
    };
    const [from = 1, to = 12] = months[part] ?? [];
    const lastMonth = ((to - 1) % 12) + 1;
    const lastYear = Number(year) + Math.floor((to - 1) / 12);
    return [timex.day({ year: Number(year), month: from, day: 1 }), timex.day({ year: lastYear, month: lastMonth, day: daysInMonth(lastYear, lastMonth) })];
  }
  if (YEAR.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{3}$/.test(value)) return [`${value}0-01-01`, `${value}9-12-31`];
  if (/^\d{2}$/.test(value)) return [`${value}00-01-01`, `${value}99-12-31`];
  return [value, value];
}

/** ISO week 1 holds January 4th; a week starts on its Monday. */
function mondayOfIsoWeek(year: number, week: number): Day {
  const january4: Day = { year, month: 1, day: 4 };
  return addDays(january4, 1 - isoWeekday(january4) + (week - 1) * 7);
}

function dayLabel(date: Day): string {
  return `${date.day === 1 ? '1er' : date.day} ${MONTH_NAMES[date.month - 1]}`;
}

/** Code → word, keeping the first word the lexicon lists for each code ("matin" before "matinée"). */
function firstWordOfEachCode(words: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const [word, code] of words) if (!names.has(code)) names.set(code, word);
  return names;
}

function romanCentury(century: number): string {
  const numerals: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = century;
  let roman = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      roman += numeral;
      rest -= amount;
    }
  }
  return `${roman}e`;
}
