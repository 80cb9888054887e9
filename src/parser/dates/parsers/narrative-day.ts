// "la veille", "le lendemain", "le surlendemain", "le même jour", "ce jour-là": a day counted from the day the
// passage tells, not from the publication (HeidelTime's narrative anchoring). "Le lendemain du scrutin" counts from
// the event the passage is at, as HeidelTime reads it; "la veille de Noël" from a feast of its own: left out.
import { FIRST, NOT_AFTER_WORD, SP, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

const DAYS_FROM_ANCHOR: ReadonlyMap<string, number> = new Map([
  ['l’avant-veille', -2], ['la veille', -1], ['à la veille', -1], ['le jour même', 0], ['le même jour', 0],
  ['ce jour-là', 0], ['le lendemain', 1], ['au lendemain', 1], ['le surlendemain', 2],
]);
const OF_EVENT = new RegExp(`^${SP}(?:de|du|des|d[’'])`, 'iu');

export const narrativeDay: DateParser = {
  rule: 'fr/narrative-day',
  cue: ['veille', 'lendemain', 'même', 'jour-là'],
  pattern: datePattern(
    `${FIRST('lcaà')}${NOT_AFTER_WORD}(?<word>${alternation(DAYS_FROM_ANCHOR.keys())})(?![\\p{L}\\p{N}-])(?!${SP}(?:de${SP}No[eë]l|des${SP}fêtes|du${SP}(?:jour${SP}de${SP}l[’']an|nouvel${SP}an|réveillon)))`,
  ),
  extract(match, text) {
    const days = DAYS_FROM_ANCHOR.get(lower(match.groups?.word)) ?? 0;
    // "à la veille du scrutin" with no date told before: the event's date is unknown.
    const ofEvent = OF_EVENT.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6));
    return { reading: { kind: 'offset', unit: 'day', amount: Math.abs(days), direction: days < 0 ? -1 : days > 0 ? 1 : 0, origin: ofEvent ? 'told-event' : 'narrative' } };
  },
};
