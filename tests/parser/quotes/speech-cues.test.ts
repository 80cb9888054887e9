// The cue scans read a lowered copy of the text with a case-sensitive pattern: they must find what the case-blind
// pattern finds in the text as written, capitals included, at the same offsets.
import { describe, expect, it } from 'vitest';
import { CUE_BEFORE_QUOTE, cueScan } from '../../../src/parser/quotes/speech-cues';
import { matchesOf } from '../../../src/parser/text-patterns';

const cues = (matches: readonly RegExpExecArray[]) => matches.map((match) => [match.index, match[0].length]);

describe('cue scan on a lowered copy', () => {
  it.each([
    'Selon le ministre, la réforme est « indispensable ».',
    'SELON LE MINISTRE, LA RÉFORME A DÉCLARÉ-T-IL « INDISPENSABLE ».',
    'D’après Élise Fournier, qui A Déclaré : « Non ».',
    'Le Président Explique Que « tout ira bien », Estimant Que rien ne change.',
  ])('finds the cues of: %s', (text) => {
    const { scanned, pattern } = cueScan(text);
    expect(scanned).toBe(text.toLowerCase());
    expect(cues(matchesOf(pattern, scanned))).toEqual(cues(matchesOf(CUE_BEFORE_QUOTE, text)));
    expect(cues(matchesOf(pattern, scanned)).length).toBeGreaterThan(0);
  });

  it('reads the text itself when lowering would move the offsets ("İ" lowers to two characters)', () => {
    const text = 'İstanbul : le maire a déclaré que « non ».';
    const { scanned, pattern } = cueScan(text);
    expect(scanned).toBe(text);
    expect(cues(matchesOf(pattern, scanned))).toEqual(cues(matchesOf(CUE_BEFORE_QUOTE, text)));
  });
});
