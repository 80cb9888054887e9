// Calendar arithmetic on plain days (proleptic Gregorian, no time zone) and the TIMEX3 spelling of its results.
// Days are counted from 1970-01-01 so that "three days later" is an addition; Date is used only through UTC.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: Day): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Day, days: number): Day {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds months, keeping the day where the month has it ("31 mars" + 1 month is the 30th of April). */
export function addMonths(date: Day, months: number): Day {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: Day): number {
  return ((dayNumber(date) + 3) % 7 + 7) % 7 + 1;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(date: Day): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export const timex = {
  day: (date: Day) => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`,
  month: (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`,
  year: (year: number) => pad(year, 4),
  week: (date: Day) => {
    const { year, week } = isoWeek(date);
    return `${pad(year, 4)}-W${pad(week)}`;
  },
  weekend: (date: Day) => `${timex.week(date)}-WE`,
};

/** "2021-07-26" → the day; anything else (or a day that does not exist) → null. */
export function parseDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
