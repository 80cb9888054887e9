// "deux jours plus tard", "quelques jours plus tard", "un an auparavant", "trois semaines après": units counted
// from the date the passage tells (HeidelTime's narrative anchoring). "Deux jours après l’attaque" counts from an
// event, not a date: left out rather than guessed.
import { UNITS } from '../../lexicon/fr/calendar';
import { AMOUNT, FIRST, NOT_AFTER_WORD, SP, UNIT, amountOf, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const timeLater: DateParser = {
  rule: 'fr/time-later',
  pattern: datePattern(
    `${FIRST('0-9a-zé')}${NOT_AFTER_WORD}(?<amount>${AMOUNT})${SP}(?<unit>${UNIT})${SP}(?<way>plus${SP}tard|plus${SP}tôt|auparavant|après|avant)(?![\\p{L}\\p{N}])(?!${SP}(?:(?:la|le|les|de|du|des|que|son|sa|ses|leur|leurs|un|une|cette|ce|cet)(?![\\p{L}])|l[’']|d[’']|qu[’']))`,
  ),
  extract(match) {
    const { amount, unit, way } = match.groups ?? {};
    const calendarUnit = UNITS.get(lower(unit));
    if (calendarUnit === undefined) return null;
    const direction = /^(?:plus tard|après)$/u.test(lower(way)) ? 1 : -1;
    return { reading: { kind: 'offset', unit: calendarUnit, amount: amountOf(amount), direction, origin: 'narrative' } };
  },
};
