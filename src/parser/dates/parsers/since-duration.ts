// "depuis trois ans", "depuis deux semaines": the point the duration started from, counted back from the
// publication, with the modifier since ("depuis trois ans" in 2021 is since 2018). "pendant trois ans" and
// "en trois semaines" are durations without a point: no parser reads them.
import { UNITS } from '../../lexicon/fr/calendar';
import { AMOUNT, AMOUNT_GAP, weekIdiom, FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, UNIT, amountOf, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const sinceDuration: DateParser = {
  rule: 'fr/since-duration',
  cue: ['depuis'],
  cueLead: 0,
  pattern: datePattern(
    `${FIRST('d')}${NOT_AFTER_WORD}depuis${SP}(?:(?:plus|près|moins)${SP}d[e’'](?:${SP})?)?(?<amount>${AMOUNT})${AMOUNT_GAP}(?<unit>${UNIT})${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { amount, unit } = match.groups ?? {};
    const calendarUnit = UNITS.get(lower(unit));
    if (calendarUnit === undefined) return null;
    const count = weekIdiom(amountOf(amount), calendarUnit);
    // "depuis une semaine" started on a day: seven days back, not the week before.
    if (calendarUnit === 'week' && count !== null) return { reading: { kind: 'offset', unit: 'day', amount: 7 * count, direction: -1, origin: 'publication' }, mod: 'since' };
    return { reading: { kind: 'offset', unit: calendarUnit, amount: count, direction: -1, origin: 'publication' }, mod: 'since' };
  },
};
