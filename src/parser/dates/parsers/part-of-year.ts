// "au premier trimestre 2021", "le troisième trimestre", "T3 2021", "le second semestre": a quarter or half.
import { ORDINALS } from '../../lexicon/fr/calendar';
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, ORDINAL, SP, YEAR, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const partOfYear: DateParser = {
  rule: 'fr/part-of-year',
  cue: /trimestre|semestre|[ts][1-4]/,
  pattern: datePattern(
    `${FIRST('0-9a-zéTS')}${NOT_AFTER_WORD}(?:(?<ordinal>${ORDINAL})${SP}(?<unit>trimestre|semestre)(?:${SP}(?:de${SP}|d[’'](?:${SP})?)?(?<year>${YEAR}))?|(?<short>[TS])(?<index>[1-4])${SP}(?<shortYear>${YEAR}))${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { ordinal, unit, year, short, index, shortYear } = match.groups ?? {};
    const half = short === undefined ? lower(unit) === 'semestre' : short.toUpperCase() === 'S';
    const number = short === undefined ? (ORDINALS.get(lower(ordinal)) ?? 0) : Number(index);
    // "dernier trimestre" is the fourth; "dernier semestre" the second.
    const position = half && lower(ordinal) === 'dernier' ? 2 : number;
    if (position < 1 || position > (half ? 2 : 4)) return null;
    if (short !== undefined && short !== short.toUpperCase()) return null;
    const written = short === undefined ? year : shortYear;
    return { reading: { kind: 'part-of-year', unit: half ? 'half' : 'quarter', index: position, year: written === undefined ? null : Number(written) } };
  },
};
