// "26 juillet 2021", "lundi 26 juillet", "le 1er août", "le 28 décembre dernier": a day of a named month, the year
// when the text gives it.
import { MONTH_NUMBERS, SHIFT_WORDS, WEEKDAY_NUMBERS } from '../../lexicon/fr/calendar';
import { DAY_OF_MONTH, FIRST, MONTH, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, WEEKDAY, YEAR, datePattern, dayOf, lower, wordsBefore, MONTH_WORDS } from '../patterns';
import type { DateParser } from '../reading';

/** "lundi 26 juillet": the weekday, read back from the day (the pattern starts at the figures). */
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?<weekday>${WEEKDAY})${SP})$`, 'iu');

export const dayMonthYear: DateParser = {
  rule: 'fr/day-month-year',
  cue: MONTH_WORDS,
  pattern: datePattern(
    `${FIRST('0-9')}${NOT_AFTER_WORD}(?<day>${DAY_OF_MONTH})${SP}(?<month>${MONTH})` +
      `(?:${SP}(?<year>${YEAR})|${SP}(?<shift>${SHIFT}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match, text) {
    const { day, month, year, shift } = match.groups ?? {};
    const named = wordsBefore(text, match.index, WEEKDAY_BEFORE, 12);
    const weekday = named?.groups.weekday;
    const dayNumber = dayOf(day);
    if (dayNumber < 1 || dayNumber > 31) return null;
    // "lundi 26 juillet" without a year: the weekday picks the year, as a reader would.
    const isoWeekday = weekday === undefined ? null : (WEEKDAY_NUMBERS.get(lower(weekday)) ?? null);
    return {
      reading: { kind: 'date', day: dayNumber, month: MONTH_NUMBERS.get(lower(month)) ?? null, year: year === undefined ? null : Number(year), weekday: isoWeekday,
        shift: shift === undefined ? null : (SHIFT_WORDS.get(lower(shift)) ?? null) },
      ...(named === null ? {} : { start: named.start }),
    };
  },
};
