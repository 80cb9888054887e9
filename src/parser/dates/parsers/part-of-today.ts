// "ce matin", "ce soir", "cette nuit", "cet après-midi": a part of the day of publication.
import { PARTS_OF_DAY } from '../../lexicon/fr/calendar';
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, PART_OF_DAY, SP, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const partOfToday: DateParser = {
  rule: 'fr/part-of-today',
  cue: /c(?:e|et|ette)\s+(?:mat|soir|nuit|apr|midi)/,
  pattern: datePattern(`${FIRST('c')}${NOT_AFTER_WORD}(?:cette|cet|ce)${SP}(?<part>${PART_OF_DAY})${NOT_BEFORE_WORD}(?!-là)`),
  extract(match) {
    const part = PARTS_OF_DAY.get(lower(match.groups?.part));
    if (part === undefined) return null;
    return { reading: { kind: 'offset', unit: 'day', amount: 0, direction: 0, origin: 'publication' }, partOfDay: part };
  },
};
