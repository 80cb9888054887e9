// "dans la soirée", "en début d’après-midi", "dans la matinée de lundi", "la nuit de dimanche à lundi", "le matin,":
// a part of the day the passage is at (or of the publication), or of the weekday the words name (TIMEX3 …TEV).
// "le matin d’un dimanche" is any morning: a weekday after "d’un" is left out.
import { PARTS_OF_DAY, WEEKDAY_NUMBERS } from '../../lexicon/fr/calendar';
import { APOSTROPHE, FIRST, NOT_AFTER_WORD, PART_OF_DAY, SP, WEEKDAY, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const partOfDay: DateParser = {
  rule: 'fr/part-of-day',
  cue: ['matin', 'midi', 'soir', 'nuit'],
  pattern: datePattern(
    `${FIRST('dlejaàpm')}${NOT_AFTER_WORD}(?:(?:dans|durant|pendant|jusqu${APOSTROPHE}(?:en|à))${SP})?(?:(?:en|au|dès${SP}le)${SP}(?:début|fin|milieu)${SP}(?:de${SP}|d${APOSTROPHE})|(?<article>la${SP}|l${APOSTROPHE}|le${SP}))` +
      `(?:${SP})?(?<part>${PART_OF_DAY})(?:${SP}(?:de|du)${SP}(?<weekday>${WEEKDAY})(?:${SP}(?:à|au)${SP}(?:${WEEKDAY}))?)?(?![\\p{L}\\p{N}]|-\\p{L})(?!${SP}d[’']un)`,
  ),
  extract(match, text) {
    const { article, part, weekday } = match.groups ?? {};
    const code = PARTS_OF_DAY.get(lower(part));
    if (code === undefined) return null;
    if (weekday !== undefined) {
      return { reading: { kind: 'weekday', weekday: WEEKDAY_NUMBERS.get(lower(weekday)) ?? 0, shift: null, origin: 'publication' }, partOfDay: code };
    }
    // "le matin" alone must stand at the head of its clause ("Le matin, …"): elsewhere it is a habit.
    if (article !== undefined && !match[0].toLowerCase().startsWith('dans') && !/^(?:[\s\u00A0]*[,;]|$)/u.test(text.slice(match.index + match[0].length))) {
      return null;
    }
    return { reading: { kind: 'offset', unit: 'day', amount: 0, direction: 0, origin: 'passage' }, partOfDay: code };
  },
};
