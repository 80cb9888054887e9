// "ces derniers jours", "au cours des dernières années", "dans les prochaines semaines", "dans les mois à venir":
// a stretch of time the text places only as past or future (TIMEX3 PAST_REF, FUTURE_REF).
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, UNIT, datePattern } from '../patterns';
import type { DateParser } from '../reading';

export const vaguePeriod: DateParser = {
  rule: 'fr/vague-period',
  cue: ['derni', 'prochain', 'venir', 'viennent', 'pass', 'écoul'],
  pattern: datePattern(
    `${FIRST('cdl')}${NOT_AFTER_WORD}(?:ces|des|les)${SP}(?:(?<before>derni(?:er|ère)s|prochain(?:e)?s|dix|deux|trois|quelques)${SP})?(?<unit>${UNIT})` +
      `(?:${SP}(?<after>à${SP}venir|qui${SP}viennent|passé(?:e)?s|derni(?:er|ère)s|écoulé(?:e)?s|prochain(?:e)?s))?${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { before, after } = match.groups ?? {};
    const words = `${before ?? ''} ${after ?? ''}`.toLowerCase();
    if (before === undefined && after === undefined) return null;
    if (/prochain|venir|viennent/u.test(words)) return { reading: { kind: 'reference', value: 'FUTURE_REF' } };
    if (/derni|pass|écoul/u.test(words)) return { reading: { kind: 'reference', value: 'PAST_REF' } };
    return null;
  },
};
