// "du 3 au 5 juin", "les 3 et 4 juin 2021", "du 28 juin au 2 juillet": two days of one sentence, the value A/B.
// The first day borrows the month and year the second one gives.
import { MONTH_NUMBERS } from '../../lexicon/fr/calendar';
import { DAY_OF_MONTH, FIRST, MONTH, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, YEAR, datePattern, dayOf, lower } from '../patterns';
import type { DateParser } from '../reading';

export const dayRange: DateParser = {
  rule: 'fr/day-range',
  pattern: datePattern(
    `${FIRST('dle')}${NOT_AFTER_WORD}(?:du|les|entre${SP}le)${SP}(?<from>${DAY_OF_MONTH})(?:${SP}(?<fromMonth>${MONTH}))?${SP}(?:au|et|et${SP}le)${SP}` +
      `(?<to>${DAY_OF_MONTH})${SP}(?<month>${MONTH})(?:${SP}(?<year>${YEAR}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
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
    };
  },
};
