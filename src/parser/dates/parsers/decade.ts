// "les années 1990", "les années 90", "les années quatre-vingt": a decade (TIMEX3 199 for the 1990s).
import { DECADE_WORDS } from '../../lexicon/fr/calendar';
import { DECADE_WORD, FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SP, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const decade: DateParser = {
  rule: 'fr/decade',
  cue: ['années'],
  pattern: datePattern(
    `${FIRST('ld')}${NOT_AFTER_WORD}(?:(?:les|des|aux)${SP})?années${SP}(?:(?<full>(?:1[0-9]|20)\\d0)|(?<short>\\d0)|(?<word>${DECADE_WORD}))${NOT_BEFORE_WORD}(?!-)`,
  ),
  extract(match) {
    const { full, short, word } = match.groups ?? {};
    let decadeValue: number;
    if (full !== undefined) decadeValue = Number(full) / 10;
    else if (short !== undefined) decadeValue = (Number(short) >= 20 ? 190 : 200) + Number(short) / 10;
    else decadeValue = 190 + (DECADE_WORDS.get(lower(word)) ?? 0);
    return { reading: { kind: 'fixed', value: String(decadeValue), precision: 'decade' } };
  },
};
