// The French label of an event's date, at the precision the text gives and no finer: "janvier 2020", "jeudi 22
// juillet 2021", "semaine du 19 juillet 2021", "d’ici fin 2021". Also the date as an HTML <time datetime> value.
import type { DatedMention } from './dated-mention';

type Dated = Pick<DatedMention, 'value' | 'precision' | 'mod'>;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const SEASONS: Readonly<Record<string, string>> = { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' };
const QUARTERS = ['premier trimestre', 'deuxième trimestre', 'troisième trimestre', 'quatrième trimestre'];
const HALVES = ['premier semestre', 'second semestre'];
const PARTS_OF_DAY: Readonly<Record<string, string>> = { MO: 'matin', MI: 'midi', AF: 'après-midi', EV: 'soir', NI: 'nuit', DT: 'journée' };
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
  const day = DAY.exec(value);
  if (day) {
    const [, year, month, dayOfMonth] = day;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth)));
    const base = `${WEEKDAYS[date.getUTCDay()]} ${dayLabel(date)} ${year}`;
    const time = /T(\d{2}):(\d{2})$/.exec(value);
    if (time) return `${base} à ${Number(time[1])} h ${time[2]}`;
    const part = /T([A-Z]{2})$/.exec(value)?.[1];
    return part && PARTS_OF_DAY[part] ? `${base}, ${PARTS_OF_DAY[part]}` : base;
  }
  const month = MONTH.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const week = WEEK.exec(value);
  if (week) {
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    if (week[3]) return `week-end du ${dayLabel(new Date(monday.getTime() + 5 * DAY_MS))} ${monday.getUTCFullYear()}`;
    return `semaine du ${dayLabel(monday)} ${monday.getUTCFullYear()}`;
  }
  const subdivision = SUBDIVISION.exec(value);
  if (subdivision) {
    const [, year, part = ''] = subdivision;
    const name = part.startsWith('Q') ? QUARTERS[Number(part[1]) - 1] : part.startsWith('H') ? HALVES[Number(part[1]) - 1] : SEASONS[part];
    return `${name} ${year}`;
  }
  if (YEAR.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `années ${value}0`;
  if (/^\d{2}$/.test(value)) return `${romanCentury(Number(value) + 1)} siècle`;
  return null;
}

/** "du 3 au 5 juin 2021", "du 28 juin au 13 juillet 2024", or the two labels when the forms differ. */
function rangeLabel(from: string, to: string): string | null {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (a && b) {
    const [, yearA, monthA, dayA] = a;
    const [, yearB, monthB, dayB] = b;
    const first = Number(dayA) === 1 ? '1er' : String(Number(dayA));
    const last = `${dayLabel(new Date(Date.UTC(Number(yearB), Number(monthB) - 1, Number(dayB))))} ${yearB}`;
    if (yearA === yearB && monthA === monthB) return `du ${first} au ${last}`;
    if (yearA === yearB) return `du ${first} ${MONTHS[Number(monthA) - 1]} au ${last}`;
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
  if (mod === 'mid') return new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
  return first;
}

function bounds(value: string): [string, string] {
  const day = DAY.exec(value);
  if (day) return [day[0], day[0]];
  const month = MONTH.exec(value);
  if (month) return [`${value}-01`, isoDay(new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)))];
  const week = WEEK.exec(value);
  if (week) {
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    return [isoDay(monday), isoDay(new Date(monday.getTime() + 6 * DAY_MS))];
  }
  const subdivision = SUBDIVISION.exec(value);
  if (subdivision) {
    const [, year = '', part = ''] = subdivision;
    const months: Readonly<Record<string, [number, number]>> = {
      Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14],
    };
    const [from = 1, to = 12] = months[part] ?? [];
    return [isoDay(new Date(Date.UTC(Number(year), from - 1, 1))), isoDay(new Date(Date.UTC(Number(year), to, 0)))];
  }
  if (YEAR.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{3}$/.test(value)) return [`${value}0-01-01`, `${value}9-12-31`];
  if (/^\d{2}$/.test(value)) return [`${value}00-01-01`, `${value}99-12-31`];
  return [value, value];
}

const DAY_MS = 86_400_000;

function mondayOfIsoWeek(year: number, week: number): Date {
  // ISO week 1 holds January 4th; its Monday is the week's start.
  const january4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(mondayOfWeek1 + (week - 1) * 7 * DAY_MS);
}

function dayLabel(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${MONTHS[date.getUTCMonth()]}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
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
