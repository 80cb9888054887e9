// "du 3 au 5 juin", "les 3 et 4 juin 2021", "du 28 juin au 2 juillet": two days of one sentence, the value A/B.
// The first day borrows the month and year the second one gives.
import { MONTH_NUMBERS } from '../../lexicon/fr/calendar';
import { DAY_OF_MONTH, FIRST, MONTH, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, YEAR, datePattern, dayOf, lower, wordsBefore } from '../patterns';
import type { DateParser } from '../reading';

/** "du", "les", "entre le": read back from the first day (the pattern starts at the figures). */
const OPENING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?:du|les|entre${SP}le)${SP})$`, 'iu');

export const dayRange: DateParser = {
  rule: 'fr/day-range',
  cue: /(?:au|et)\s+(?:le\s+)?\d/,
  pattern: datePattern(
    `${FIRST('0-9')}${NOT_AFTER_WORD}(?<from>${DAY_OF_MONTH})(?:${SP}(?<fromMonth>${MONTH}))?${SP}(?:au|et|et${SP}le)${SP}` +
      `(?<to>${DAY_OF_MONTH})${SP}(?<month>${MONTH})(?:${SP}(?<year>${YEAR}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match, text) {
    const opening = wordsBefore(text, match.index, OPENING_BEFORE, 16);
    if (opening === null) return null;
    const { from, fromMonth, to, month, year } = match.groups ?? {};
    const lastMonth = MONTH_NUMBERS.get(lower(month)) ?? 0;
    const firstMonth = fromMonth === undefined ? lastMonth : (MONTH_NUMBERS.get(lower(fromMonth)) ?? 0);
    const lastYear = year === undefined ? null : Number(year);
    // "du 28 décembre au 2 janvier 2021": the first day is in the year before.
    const firstYear = lastYear === null ? null : firstMonth > lastMonth ? lastYear - 1 : lastYear;
    const [first, last] = [dayOf(from), dayOf(to)];
    if (first < 1 || first > 31 || last < 1 || last > 31) return null;
    if (firstMonth === lastMonth && first >= last) return null;
    return {
      reading: {
        kind: 'range',
        from: { kind: 'date', day: first, month: firstMonth, year: firstYear, weekday: null, shift: null },
        to: { kind: 'date', day: last, month: lastMonth, year: lastYear, weekday: null, shift: null },
      },
      start: opening.start,
    };
  },
};
