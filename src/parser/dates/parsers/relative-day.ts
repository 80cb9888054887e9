// "hier", "avant-hier", "aujourd’hui", "ce jour" (the formal today), "demain", "après-demain": days counted from
// the publication. "Le Libé d’aujourd’hui" and "la France de demain" are the present and the future, not days.
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

const DAYS_FROM_PUBLICATION: ReadonlyMap<string, number> = new Map([
  ['avant-hier', -2], ['hier', -1], ['aujourd’hui', 0], ['ce jour', 0], ['demain', 1], ['après-demain', 2],
]);

export const relativeDay: DateParser = {
  rule: 'fr/relative-day',
  cue: ['hier', 'aujourd', 'demain', 'jour'],
  pattern: datePattern(`${FIRST('ahdc')}${NOT_AFTER_WORD}(?<word>${alternation(DAYS_FROM_PUBLICATION.keys())})${NOT_BEFORE_WORD}(?!-)`),
  extract(match, text) {
    const days = DAYS_FROM_PUBLICATION.get(lower(match.groups?.word)) ?? 0;
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    if (days === 0 && /(?:^|[^\p{L}])d[’']$/u.test(before)) return { reading: { kind: 'reference', value: 'PRESENT_REF' } };
    if (days === 1 && /(?:^|[^\p{L}])(?:pour|de)[\s\u00A0]+$/iu.test(before)) return { reading: { kind: 'reference', value: 'FUTURE_REF' } };
    // "prévue ce jour" is today; ", ce jour pourrait être plus proche" is a day the text talks about.
    if (lower(match.groups?.word) === 'ce jour' && !/\p{L}[\s\u00A0]+$/u.test(before)) return null;
    return { reading: { kind: 'offset', unit: 'day', amount: Math.abs(days), direction: days < 0 ? -1 : days > 0 ? 1 : 0, origin: 'publication' } };
  },
};
