// "deux jours plus tard", "quelques jours plus tard", "un an auparavant", "trois semaines après": units counted
// from the date the passage tells (HeidelTime's narrative anchoring). "Deux jours après l’attaque" counts from an
// event, not a date: left out rather than guessed. The pattern starts at "plus tard"/"après" (rare in a paragraph)
// and reads the count and unit back.
import { UNITS } from '../../lexicon/fr/calendar';
import { AMOUNT, AMOUNT_GAP, weekIdiom, SP, UNIT, amountOf, datePattern, lower, wordsBefore } from '../patterns';
import type { DateParser } from '../reading';

const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<words>(?<amount>${AMOUNT})${AMOUNT_GAP}(?<unit>${UNIT})${SP})$`, 'iu');

export const timeLater: DateParser = {
  rule: 'fr/time-later',
  cue: ['plus', 'auparavant', 'après', 'avant'],
  cueLead: 0,
  pattern: datePattern(
    `(?=plus|aupa|apr|ava)(?<![\\p{L}])(?<way>plus${SP}tard|plus${SP}tôt|auparavant|après|avant)(?![\\p{L}\\p{N}])` +
      `(?!${SP}(?:(?:la|le|les|de|du|des|que|son|sa|ses|leur|leurs|un|une|cette|ce|cet)(?![\\p{L}])|l[’']|d[’']|qu[’']))`,
  ),
  extract(match, text) {
    const count = wordsBefore(text, match.index, COUNT_BEFORE);
    if (count === null) return null;
    const { amount, unit } = count.groups;
    const calendarUnit = UNITS.get(lower(unit));
    if (calendarUnit === undefined) return null;
    const direction = /^(?:plus tard|après)$/u.test(lower(match.groups?.way)) ? 1 : -1;
    return { reading: { kind: 'offset', unit: calendarUnit, amount: weekIdiom(amountOf(amount), calendarUnit), direction, origin: 'narrative' }, start: count.start };
  },
};
