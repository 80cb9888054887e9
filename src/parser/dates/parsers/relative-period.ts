// "la semaine dernière", "ce mois-ci", "l’an dernier", "cette année", "le week-end prochain", "le même mois",
// "l’année suivante": a calendar period around a date. "dernier"/"prochain" count from the publication,
// "précédent"/"suivant"/"même"/"-là" from the passage's date, "ce"/"cette" from the passage's date when the
// passage has one (a paragraph about January 2020) and from the publication otherwise.
import { SHIFT_WORDS } from '../../lexicon/fr/calendar';
import { APOSTROPHE, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, datePattern, firstLettersOf, lower, wordsBefore } from '../patterns';
import type { DateParser, Origin } from '../reading';

const UNITS = { semaine: 'week', 'week-end': 'weekend', weekend: 'weekend', mois: 'month', an: 'year', année: 'year' } as const;
/** The determiner, read back from the unit (the pattern starts at the rarer unit word). */
const DETERMINER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?<determiner>cette|cet|ce|la|le|du|l${APOSTROPHE})(?:${SP})?(?<same>même${SP})?)$`, 'iu');

export const relativePeriod: DateParser = {
  rule: 'fr/relative-period',
  cue: /semaine|week-?end|mois|année|an\s/,
  pattern: datePattern(
    `${firstLettersOf(Object.keys(UNITS))}${NOT_AFTER_WORD}(?<unit>semaine|week-end|weekend|mois|année|an)(?:-(?<suffix>ci|là)|${SP}(?<shift>${SHIFT}|en${SP}cours))?${NOT_BEFORE_WORD}(?!-)`,
  ),
  extract(match, text) {
    const before = wordsBefore(text, match.index, DETERMINER_BEFORE, 24);
    if (before === null) return null;
    const { determiner, same } = before.groups;
    const { unit, suffix, shift } = match.groups ?? {};
    const key = lower(unit) as keyof typeof UNITS;
    // "du week-end" (the troubles of the weekend): this one; "du mois" alone is any month.
    if (lower(determiner) === 'du' && UNITS[key] !== 'weekend') return null;
    const demonstrative = /^(?:ce|du)/iu.test(determiner ?? '');
    const shiftWord = lower(shift);
    if (!demonstrative && same === undefined && shift === undefined) return null; // "la semaine", "l’année": no date
    if (demonstrative && shift !== undefined && shiftWord !== 'en cours') return null;
    if (key === 'an' && shift === undefined) return null; // "cet an" is not French; "l’an" alone is no date
    let origin: Origin = 'passage';
    let step = 0;
    if (same !== undefined || lower(suffix) === 'là') origin = 'narrative';
    else if (shift !== undefined && shiftWord !== 'en cours') {
      step = SHIFT_WORDS.get(shiftWord) ?? 0;
      origin = /^(?:suivant|précédent)/u.test(shiftWord) ? 'narrative' : 'publication';
    } else if (shiftWord === 'en cours') origin = 'publication';
    const toldBefore = lower(determiner) === 'du';
    return { reading: { kind: 'period', unit: UNITS[key], shift: step, origin, ...(toldBefore ? { toldBefore } : {}) }, start: before.start };
  },
};
