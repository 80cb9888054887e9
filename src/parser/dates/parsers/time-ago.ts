// "il y a trois jours", "il y a un an", "il y a quelques semaines": units counted back from the publication.
// A vague count ("quelques") keeps only its direction: PAST_REF.
import { UNITS } from '../../lexicon/fr/calendar';
import { AMOUNT, AMOUNT_GAP, weekIdiom, FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, UNIT, amountOf, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const timeAgo: DateParser = {
  rule: 'fr/time-ago',
  cue: /il\s+y\s+a/,
  cueLead: 0,
  pattern: datePattern(
    `${FIRST('i')}${NOT_AFTER_WORD}il${SP}y${SP}a${SP}(?<about>(?:plus|près|moins)${SP}d[e’'](?:${SP})?|environ${SP}|presque${SP})?(?<amount>${AMOUNT})${AMOUNT_GAP}(?<unit>${UNIT})${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { about, amount, unit } = match.groups ?? {};
    const calendarUnit = UNITS.get(lower(unit));
    if (calendarUnit === undefined) return null;
    return {
      reading: { kind: 'offset', unit: calendarUnit, amount: weekIdiom(amountOf(amount), calendarUnit), direction: -1, origin: 'publication' },
      ...(about === undefined ? {} : { mod: 'around' as const }),
    };
  },
};
