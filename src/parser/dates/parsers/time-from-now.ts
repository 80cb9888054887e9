// "dans trois jours", "dans deux ans", "d’ici deux ans": units counted forward from the publication ("d’ici" adds
// the modifier by). A vague count ("dans quelques semaines") keeps only its direction: FUTURE_REF.
// "dans les années 1990" and "dans 2 500 foyers" are other things: the unit must follow the count.
import { UNITS } from '../../lexicon/fr/calendar';
import { AMOUNT, AMOUNT_GAP, weekIdiom, APOSTROPHE, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, UNIT, amountOf, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const timeFromNow: DateParser = {
  rule: 'fr/time-from-now',
  cue: ['dans', 'ici'],
  cueLead: 2,
  pattern: datePattern(
    `(?=dan|d[’']i)${NOT_AFTER_WORD}(?<lead>dans|d${APOSTROPHE}ici(?:${SP}à)?)${SP}(?<within>les${SP}(?:(?<next>prochain(?:e?s)?)${SP})?)?(?<amount>${AMOUNT})${AMOUNT_GAP}(?:(?<next2>prochain(?:e?s)?)${SP})?(?<unit>${UNIT})${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { lead, amount, unit } = match.groups ?? {};
    const calendarUnit = UNITS.get(lower(unit));
    if (calendarUnit === undefined) return null;
    // "dans les deux prochaines années": some time in the coming years, no point.
    if (match.groups?.next2 !== undefined) return { reading: { kind: 'reference', value: 'FUTURE_REF' } };
    // "d’ici deux ans", "dans les quatre ans": within, so by that date.
    const by = lower(lead).startsWith('d’ici') || match.groups?.within !== undefined || match.groups?.next2 !== undefined;
    return {
      reading: { kind: 'offset', unit: calendarUnit, amount: weekIdiom(amountOf(amount), calendarUnit), direction: 1, origin: 'publication' },
      ...(by ? { mod: 'by' as const } : {}),
    };
  },
};
