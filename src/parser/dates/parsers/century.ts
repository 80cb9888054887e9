// "le XXe siècle", "au XIXème siècle", "le 21e siècle": a century (TIMEX3 19 for the twentieth, 1900-1999).
import { FIRST, NOT_AFTER_WORD, SP, datePattern } from '../patterns';
import type { DateParser } from '../reading';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN[numeral[index] ?? ''] ?? 0;
    const next = ROMAN[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export const century: DateParser = {
  rule: 'fr/century',
  cue: ['siècle'],
  pattern: datePattern(
    `${FIRST('IVXL0-9')}${NOT_AFTER_WORD}(?<number>[IVXL]{1,6}|\\d{1,2})(?:e|ème|eme|è|er)${SP}siècle(?![\\p{L}])`,
  ),
  extract(match) {
    const written = match.groups?.number ?? '';
    if (/^[ivxl]+$/u.test(written)) return null; // lower-case letters: a word, not a numeral
    const ordinal = /^\d+$/u.test(written) ? Number(written) : romanValue(written);
    if (ordinal < 1 || ordinal > 22) return null;
    return { reading: { kind: 'fixed', value: String(ordinal - 1).padStart(2, '0'), precision: 'century' } };
  },
};
