// Finds the French temporal expressions of a block ("26 juillet 2021", "janvier 2020", "lundi après-midi",
// "quelques jours plus tard"): the material of the article's timeline.
import type { DateMention, DatePrecision } from './article';
import type { TextBlock } from './find-people';
import { RULES } from './rules';

type Found = Omit<DateMention, 'paragraphId'>;

export function findDates(block: TextBlock): DateMention[] {
  const found: Found[] = [];
  const text = block.text;

  for (const match of text.matchAll(RULES.dayDate)) {
    const { day, month, year } = match.groups ?? {};
    const dayNumber = day === '1er' ? 1 : Number(day);
    const monthNumber = RULES.monthNumbers.get((month ?? '').toLowerCase()) ?? 0;
    if (dayNumber < 1 || dayNumber > 31) continue;
    const valid = year !== undefined && dayNumber <= daysInMonth(Number(year), monthNumber);
    found.push(mention(match, 'day', valid ? `${year}-${pad(monthNumber)}-${pad(dayNumber)}` : null));
  }
  for (const match of text.matchAll(RULES.monthDate)) {
    const { month, year } = match.groups ?? {};
    const monthNumber = RULES.monthNumbers.get((month ?? '').toLowerCase()) ?? 0;
    found.push(mention(match, 'month', `${year}-${pad(monthNumber)}`));
  }
  for (const match of text.matchAll(RULES.yearDate)) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    if (RULES.numberGroupBefore.test(before) || RULES.numberGroupAfter.test(after)) continue;
    found.push(mention(match, 'year', match[0]));
  }
  for (const match of text.matchAll(RULES.weekdayDate)) found.push(mention(match, 'relative', null));
  for (const match of text.matchAll(RULES.relativeDate)) found.push(mention(match, 'relative', null));

  // The longest expression wins where two overlap: "26 juillet 2021" contains the year "2021".
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateMention[] = [];
  let lastEnd = -1;
  for (const date of found) {
    if (date.start < lastEnd) continue;
    dates.push({ text: date.text, paragraphId: block.id, start: date.start, end: date.end, precision: date.precision, iso: date.iso });
    lastEnd = date.end;
  }
  return dates;
}

function mention(match: RegExpExecArray | RegExpMatchArray, precision: DatePrecision, iso: string | null): Found {
  const start = match.index ?? 0;
  return { text: match[0], start, end: start + match[0].length, precision, iso };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
