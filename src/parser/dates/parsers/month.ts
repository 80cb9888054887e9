// "janvier 2020", "en mars", "mars prochain", "fin mars": a month. Without a year, only after a word that makes it a
// date ("en", "début", "fin", "mi-", "depuis"…) or before "prochain"/"dernier": "Mars" alone is a planet.
import { MONTH_NUMBERS, SHIFT_WORDS } from '../../lexicon/fr/calendar';
import {
  APOSTROPHE, MONTH, MONTH_WORDS, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, YEAR, alternation, datePattern, firstLettersOf, lower,
  wordsBefore,
} from '../patterns';
import type { DateParser } from '../reading';

/** Words after which a bare month name is a date. */
const MONTH_WORDSS = [
  'en', 'début', 'fin', 'courant', 'depuis', 'dès', 'd’ici', 'jusqu’en', 'avant', 'après', 'de', 'à', 'entre', 'et',
  'au mois de', 'le mois de', 'du mois de', 'mois de', 'mi', 'mi-', 'à partir de', 'vers', 'milieu', 'ou', 'pour',
];

const CUE_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${alternation(MONTH_WORDSS.filter((cue) => cue !== 'mi-'))})${SP}|(?:^|[^\\p{L}])(?:mois${SP})?d${APOSTROPHE}|jusqu${APOSTROPHE}en${SP}|(?:^|[^\\p{L}])mi-)$`,
  'iu',
);

export const month: DateParser = {
  rule: 'fr/month',
  cue: MONTH_WORDS,
  cueLead: 0,
  pattern: datePattern(
    `${firstLettersOf(MONTH_NUMBERS.keys())}${NOT_AFTER_WORD}(?<month>${MONTH})(?:${SP}(?<year>${YEAR})|${SP}(?<shift>${SHIFT}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match, text) {
    const { month, year, shift } = match.groups ?? {};
    if (year === undefined && shift === undefined && wordsBefore(text, match.index, CUE_BEFORE, 24) === null) return null;
    // "sur Mars", "vers Mars": the planet, capitalised, never a month without its year.
    if (year === undefined && month === 'Mars') return null;
    const direction = shift === undefined ? null : (SHIFT_WORDS.get(lower(shift)) ?? null);
    const number = MONTH_NUMBERS.get(lower(month)) ?? 0;
    return { reading: { kind: 'month', month: number, year: year === undefined ? null : Number(year), shift: direction } };
  },
};
