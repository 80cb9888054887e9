// "la veille", "le lendemain", "le surlendemain", "le même jour", "ce jour-là": a day counted from the day the
// passage tells, not from the publication (HeidelTime's narrative anchoring). "La veille de l’élection" counts
// from an event, not a date: it is left out rather than guessed.
import { FIRST, NOT_AFTER_WORD, SP, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

const DAYS_FROM_ANCHOR: ReadonlyMap<string, number> = new Map([
  ['l’avant-veille', -2], ['la veille', -1], ['le jour même', 0], ['le même jour', 0], ['ce jour-là', 0],
  ['le lendemain', 1], ['le surlendemain', 2],
]);

export const narrativeDay: DateParser = {
  rule: 'fr/narrative-day',
  pattern: datePattern(
    `${FIRST('lc')}${NOT_AFTER_WORD}(?<word>${alternation(DAYS_FROM_ANCHOR.keys())})(?![\\p{L}\\p{N}-])(?!${SP}(?:de|du|des|d[’']))`,
  ),
  extract(match) {
    const days = DAYS_FROM_ANCHOR.get(lower(match.groups?.word)) ?? 0;
    return { reading: { kind: 'offset', unit: 'day', amount: Math.abs(days), direction: days < 0 ? -1 : days > 0 ? 1 : 0, origin: 'narrative' } };
  },
};
