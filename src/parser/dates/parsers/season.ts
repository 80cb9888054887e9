// "l’été 2020", "cet hiver", "au printemps", "l’automne dernier": a season (TIMEX3 2020-SU). "L’été" or "en hiver"
// alone is the season in general ("l’été est chaud"): it needs a year, a shift, "ce"/"cet", or "au"/"à l’".
import { SEASONS, SHIFT_WORDS } from '../../lexicon/fr/calendar';
import { APOSTROPHE, FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SEASON, SHIFT, SP, YEAR, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const season: DateParser = {
  rule: 'fr/season',
  cue: ['printemps', 'été', 'automne', 'hiver'],
  pattern: datePattern(
    `${FIRST('lecaàp')}${NOT_AFTER_WORD}(?<determiner>l${APOSTROPHE}|le${SP}|en${SP}|au${SP}|à${SP}l${APOSTROPHE}|d[eu]${SP}l?${APOSTROPHE}?|(?<this>cet|ce)${SP})?` +
      `(?<season>${SEASON})(?:${SP}(?<year>${YEAR})|${SP}(?<shift>${SHIFT}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { determiner, this: thisSeason, season: name, year, shift } = match.groups ?? {};
    const code = SEASONS.get(lower(name));
    if (code === undefined || determiner === undefined) return null;
    // "l’été", "en hiver" without a year or a shift are the season in general ("la nuit tombe vite en hiver").
    const general = /^(?:l|le|d|en)/iu.test(determiner) && thisSeason === undefined;
    if (general && year === undefined && shift === undefined) return null;
    const direction = shift === undefined ? null : (SHIFT_WORDS.get(lower(shift)) ?? null);
    // "cet été": this year's, whatever the tense; "au printemps": the tense decides (shift null).
    return { reading: { kind: 'season', season: code, year: year === undefined ? null : Number(year), shift: thisSeason === undefined ? direction : 0 } };
  },
};
