// "26/07/2021", "26.07.2021": a day written in figures, day first as in French.
import { FIRST, NOT_AFTER_WORD, datePattern } from '../patterns';
import type { DateParser } from '../reading';

export const numericDate: DateParser = {
  rule: 'fr/numeric-date',
  cue: /\d[/.]\d/u,
  pattern: datePattern(
    `${FIRST('0-3')}${NOT_AFTER_WORD}(?<day>[0-3]?\\d)(?<separator>[/.])(?<month>[01]?\\d)\\k<separator>(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}]|[./,]\\d)`,
  ),
  extract(match) {
    const { day, month, year } = match.groups ?? {};
    return { reading: { kind: 'date', day: Number(day), month: Number(month), year: Number(year), weekday: null, shift: null } };
  },
};
