// "le 3", "le 1er": a day whose month the reference date gives. Only where nothing follows that would make the
// number a count or a name ("le 3 novembre" is another form, "le 49.3" a constitutional article, "le 3 juin" too).
import { FIRST, NOT_AFTER_WORD, PART_OF_DAY, SP, datePattern, dayOf } from '../patterns';
import type { DateParser } from '../reading';

/** What may follow "le 3" for it to be a day: punctuation, a range or a time of day ("le 3 au soir", "le 3 à 14 h"). */
const FOLLOWER = `[,;:)!?]|\\.(?!\\d)|$|${SP}(?:au|et|à|dans|lors|dernier|prochain|${PART_OF_DAY})(?![\\p{L}\\p{N}])`;

export const dayOfMonth: DateParser = {
  rule: 'fr/day-of-month',
  cue: /le\s+(?:1er|\d)/,
  cueLead: 0,
  pattern: datePattern(`${FIRST('l')}${NOT_AFTER_WORD}le${SP}(?<day>1er|[0-3]?\\d)(?=${FOLLOWER})`),
  extract(match) {
    const day = dayOf(match.groups?.day);
    if (day < 1 || day > 31) return null;
    return { reading: { kind: 'date', day, month: null, year: null, weekday: null, shift: null } };
  },
};
