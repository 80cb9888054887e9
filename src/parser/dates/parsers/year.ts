// "2021", "en 1789", "2019-2020": a year. Numbers are not years: "2 500 soldats", "en 2000 exemplaires",
// "500 000 doses", "le 49.3", "Airbus A320" are counts and names, told apart by what sits around the figures.
import { FIRST, SP, YEAR, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

/** Before a year older than 1900, one of these words must say it is a date ("en 1789", "depuis 1870"). */
const OLD_YEAR_CUES = new Set([
  'en', 'depuis', 'dès', 'avant', 'après', 'vers', 'jusqu’en', 'an', 'fin', 'de', 'd’',
  'début', 'année', 'printemps', 'été', 'automne', 'hiver', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'mi',
]);
/** Plural words that may follow a year without making it a count ("en 2020 les ventes", "en 2020 dans"). */
const PLURAL_FUNCTION_WORDS = new Set([
  'les', 'des', 'ses', 'ces', 'mes', 'tes', 'nos', 'vos', 'leurs', 'aux', 'dans', 'sous', 'sans', 'vers', 'après',
  'depuis', 'puis', 'plus', 'moins', 'pas', 'jamais', 'alors', 'lors', 'très', 'tous', 'toutes', 'ainsi', 'mais',
  'dès', 'hors', 'parmi', 'malgré', 'toujours', 'déjà', 'puisque', 'lorsque', 'jusque', 'ailleurs', 'sous',
]);
const UNIT_SIGNS = /^[\s\u00A0\u202F]*(?:%|€|\$|£|km|kg|m²|mm|cm|mètres|euros|dollars)/u;
const FOLLOWING_WORD = new RegExp(`^${SP}([\\p{Ll}][\\p{L}\\p{M}’'-]*)`, 'u');
const PRECEDING_WORD = /([\p{L}’']+)[-\s\u00A0\u202F]*$/u;
const PARTNER_NUMBER = new RegExp(`(?:^|[^\\p{L}\\p{N}])([\\d.,]+)${SP}(?:et|à|ou)${SP}$`, 'u');
const NUMBER_LABEL = new RegExp(`(?:${alternation(['n°', 'no', 'numéro', 'nº', 'article', 'vol', 'code', 'page', 'tome', 'route'])})${SP}$`, 'iu');

export const year: DateParser = {
  rule: 'fr/year',
  cue: /1\d\d\d|20\d\d/,
  cueLead: 0,
  pattern: datePattern(
    `${FIRST('12')}(?:(?<=mi-)|(?<![\\p{L}\\p{M}\\p{N}\\-–/.,]))(?<year>${YEAR})(?:[-–](?<to>${YEAR}|\\d\\d))?(?![\\p{L}\\p{M}\\p{N}\\-–/]|[.,]\\d)`,
  ),
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    // A digit group around the figures: "2 500", "12 2020", "2020 000".
    if (/\d[ \u00A0\u202F]$/u.test(before) || /^[ \u00A0\u202F]\d/u.test(after)) return null;
    // The second of two counts: "entre 1500 et 2000 à Lille".
    const partner = PARTNER_NUMBER.exec(before)?.[1];
    if (partner !== undefined && !/^(?:19|20)\d\d$/u.test(partner)) return null;
    if (UNIT_SIGNS.test(after) || NUMBER_LABEL.test(before)) return null;
    const following = FOLLOWING_WORD.exec(after)?.[1];
    if (following !== undefined) {
      const word = lower(following);
      if (/[sx]$/u.test(word) && !PLURAL_FUNCTION_WORDS.has(word)) return null;
    }
    const first = Number(match.groups?.year);
    // "(1886-1960)": two full years joined are a span of years whatever comes before.
    const span = match.groups?.to?.length === 4;
    if (first < 1900 && !span) {
      const cue = lower(PRECEDING_WORD.exec(before)?.[1]);
      if (!OLD_YEAR_CUES.has(cue) && !OLD_YEAR_CUES.has(cue.replace(/^l’/u, ''))) return null;
    }
    const to = match.groups?.to;
    if (to === undefined) return { reading: { kind: 'fixed', value: String(first), precision: 'year' } };
    const last = to.length === 2 ? Math.floor(first / 100) * 100 + Number(to) : Number(to);
    if (last <= first) return null;
    return {
      reading: {
        kind: 'range',
        from: { kind: 'fixed', value: String(first), precision: 'year' },
        to: { kind: 'fixed', value: String(last), precision: 'year' },
      },
    };
  },
};
