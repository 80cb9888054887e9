// "26/07/2021", "26.07.2021", "le 08/04/04": a day written in figures, day first as in French. A two-digit year is
// this century's up to 39 and the last one's from 40 ("27/05/04" is 2004, "12/03/95" is 1995).
import { FIRST, NOT_AFTER_WORD, datePattern } from '../patterns';
import type { DateParser } from '../reading';

export const numericDate: DateParser = {
  rule: 'fr/numeric-date',
  cue: /\d[/.]\d/,
  cueLead: 1,
  pattern: datePattern(
    `${FIRST('0-3')}${NOT_AFTER_WORD}(?<day>[0-3]?\\d)(?<separator>[/.])(?<month>[01]?\\d)\\k<separator>(?<year>(?:19|20)\\d\\d|(?<=/)\\d\\d)(?![\\p{L}\\p{N}]|[./,]\\d)`,
  ),
  extract(match) {
    const { day, month, year } = match.groups ?? {};
    const written = Number(year);
    const full = (year ?? '').length === 2 ? (written < 40 ? 2000 : 1900) + written : written;
    return { reading: { kind: 'date', day: Number(day), month: Number(month), year: full, weekday: null, shift: null } };
  },
};
