// "jeudi", "lundi dernier", "ce mardi", "le lundi suivant": a weekday. Which one the tense of the clause decides
// (refiners/read-tense.ts): "a déclaré jeudi" is the Thursday past, "se rendra jeudi" the next one.
import { SHIFT_WORDS, WEEKDAY_NUMBERS } from '../../lexicon/fr/calendar';
import { FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, WEEKDAY, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

export const weekday: DateParser = {
  rule: 'fr/weekday',
  pattern: datePattern(
    `${FIRST('lmjvsdc')}${NOT_AFTER_WORD}(?:(?<this>ce)${SP})?(?<weekday>${WEEKDAY})(?:${SP}(?<shift>${SHIFT}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match) {
    const { this: thisWeek, weekday: name, shift } = match.groups ?? {};
    const number = WEEKDAY_NUMBERS.get(lower(name)) ?? 0;
    const word = lower(shift);
    // "le lundi suivant" counts from the day the passage tells; "lundi prochain" from the publication.
    const origin = word.startsWith('suivant') || word.startsWith('précédent') ? 'narrative' : 'publication';
    const direction = shift === undefined ? (thisWeek === undefined ? null : 0) : (SHIFT_WORDS.get(word) ?? null);
    return { reading: { kind: 'weekday', weekday: number, shift: direction, origin } };
  },
};
