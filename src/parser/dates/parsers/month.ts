// "janvier 2020", "en mars", "mars prochain", "fin mars": a month. Without a year, only after a word that makes it a
// date ("en", "début", "fin", "mi-", "depuis"…) or before "prochain"/"dernier": "Mars" alone is a planet.
import { MONTH_NUMBERS, SHIFT_WORDS } from '../../lexicon/fr/calendar';
import { APOSTROPHE, FIRST, MONTH, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, YEAR, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

/** Words after which a bare month name is a date. */
const MONTH_CUES = [
  'en', 'début', 'fin', 'courant', 'depuis', 'dès', 'd’ici', 'jusqu’en', 'avant', 'après', 'de', 'à', 'entre', 'et',
  'au mois de', 'le mois de', 'du mois de', 'mois de', 'mi', 'mi-', 'à partir de', 'vers', 'milieu', 'ou',
];

export const month: DateParser = {
  rule: 'fr/month',
  pattern: datePattern(
    `${FIRST('a-zà-ÿ')}${NOT_AFTER_WORD}(?:(?<cue>${alternation(MONTH_CUES.filter((cue) => cue !== 'mi-'))})${SP}|(?<elided>(?:mois${SP})?d${APOSTROPHE}|jusqu${APOSTROPHE}en${SP})|mi-)?` +
      `(?<mention>(?<month>${MONTH})(?:${SP}(?<year>${YEAR})|${SP}(?<shift>${SHIFT}))?)${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { cue, elided, month, year, shift } = match.groups ?? {};
    const hasCue = cue !== undefined || elided !== undefined || match[0].toLowerCase().startsWith('mi-');
    if (year === undefined && shift === undefined && !hasCue) return null;
    // "sur Mars", "vers Mars": the planet, capitalised, never a month without its year.
    if (year === undefined && month === 'Mars') return null;
    const direction = shift === undefined ? null : (SHIFT_WORDS.get(lower(shift)) ?? null);
    const number = MONTH_NUMBERS.get(lower(month)) ?? 0;
    return { reading: { kind: 'month', month: number, year: year === undefined ? null : Number(year), shift: direction } };
  },
};
