// "jeudi", "lundi dernier", "ce mardi", "le lundi suivant": a weekday. Which one the tense of the clause decides
// (refiners/read-tense.ts): "a déclaré jeudi" is the Thursday past, "se rendra jeudi" the next one.
import { SHIFT_WORDS, WEEKDAY_NUMBERS } from '../../lexicon/fr/calendar';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, PART_OF_DAY, SHIFT, SP, WEEKDAY, WEEKDAY_WORDS, datePattern, firstLettersOf, lower, wordsBefore } from '../patterns';
import type { DateParser } from '../reading';

/** "du lundi au mercredi": a range, not any Monday. */
const RANGE_AFTER = new RegExp(`^${SP}au${SP}(?:${WEEKDAY})`, 'iu');
const THIS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>ce${SP})$`, 'iu');
const ANY_SUCH_DAY = /(?:^|[^\p{L}])(?:un|une|chaque|les|des|du)[\s\u00A0]+$/iu;
const SENTENCE_HEAD = /(?:^|[.!?:;«»"“”—–(-]\s*|^\s+)$/u;
/** "… indigne Mardi après-midi" (a glued heading): a capital weekday followed by a part of the day is a day. */
const DAY_WORDS_AFTER = new RegExp(`^${SP}(?:${PART_OF_DAY}|\\d)`, 'iu');

export const weekday: DateParser = {
  rule: 'fr/weekday',
  cue: WEEKDAY_WORDS,
  cueLead: 0,
  pattern: datePattern(
    `${firstLettersOf(WEEKDAY_NUMBERS.keys())}${NOT_AFTER_WORD}(?<weekday>${WEEKDAY})(?:${SP}(?<shift>${SHIFT}))?${NOT_BEFORE_WORD}`,
  ),
  extract(match, text) {
    const { weekday: name, shift } = match.groups ?? {};
    const thisWeek = wordsBefore(text, match.index, THIS_BEFORE, 8);
    // "Le Journal du Dimanche": a capital inside a sentence makes a name.
    // "le matin d’un dimanche", "chaque lundi", "la prière du vendredi": any such day, not one.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
    if (ANY_SUCH_DAY.test(text.slice(Math.max(0, match.index - 12), match.index)) && !RANGE_AFTER.test(after)) return null;
    const named = /^\p{Lu}/u.test(match[0]) && !SENTENCE_HEAD.test(text.slice(Math.max(0, match.index - 3), match.index));
    if (named && !DAY_WORDS_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) return null;
    const number = WEEKDAY_NUMBERS.get(lower(name)) ?? 0;
    const word = lower(shift);
    // "le lundi suivant" counts from the day the passage tells; "lundi prochain" from the publication.
    const origin = word.startsWith('suivant') || word.startsWith('précédent') ? 'narrative' : 'publication';
    const direction = shift === undefined ? (thisWeek === null ? null : 0) : (SHIFT_WORDS.get(word) ?? null);
    return { reading: { kind: 'weekday', weekday: number, shift: direction, origin }, ...(thisWeek === null ? {} : { start: thisWeek.start }) };
  },
};
