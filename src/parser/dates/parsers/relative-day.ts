// "hier", "avant-hier", "aujourd’hui", "demain", "après-demain": days counted from the publication.
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

const DAYS_FROM_PUBLICATION: ReadonlyMap<string, number> = new Map([
  ['avant-hier', -2], ['hier', -1], ['aujourd’hui', 0], ['demain', 1], ['après-demain', 2],
]);

export const relativeDay: DateParser = {
  rule: 'fr/relative-day',
  cue: /hier|aujourd|demain/iu,
  pattern: datePattern(`${FIRST('ahd')}${NOT_AFTER_WORD}(?<word>${alternation(DAYS_FROM_PUBLICATION.keys())})${NOT_BEFORE_WORD}(?!-)`),
  extract(match) {
    const days = DAYS_FROM_PUBLICATION.get(lower(match.groups?.word)) ?? 0;
    return { reading: { kind: 'offset', unit: 'day', amount: Math.abs(days), direction: days < 0 ? -1 : days > 0 ? 1 : 0, origin: 'publication' } };
  },
};
