// The cue scan reads a lowered copy of the text with a case-sensitive pattern, and tries it only where a word opens
// with the first letters of a cue: it must find what the case-blind pattern finds in the text as written, capitals
// included, at the same offsets.
import { describe, expect, it } from 'vitest';
import { CUE_BEFORE_QUOTE, cueScan, nextCue } from '../../../src/parser/quotes/speech-cues';
import { matchesOf } from '../../../src/parser/text-patterns';

const cues = (matches: readonly RegExpExecArray[]) => matches.map((match) => [match.index, match[0].length]);

function scanned(text: string): RegExpExecArray[] {
  const scan = cueScan(text);
  const found: RegExpExecArray[] = [];
  for (let cue = nextCue(scan, 0); cue !== null; cue = nextCue(scan, cue.index + cue[0].length)) found.push(cue);
  return found;
}

describe('cue scan', () => {
  it.each([
    'Selon le ministre, la réforme est « indispensable ».',
    'SELON LE MINISTRE, LA RÉFORME A DÉCLARÉ-T-IL « INDISPENSABLE ».',
    'D’après Élise Fournier, qui A Déclaré : « Non ».',
    "D'après elle, il s'est indigné : « Non ».",
    'Le Président Explique Que « tout ira bien », Estimant Que rien ne change.',
    // Cues that open with one letter ("a") or two ("se", "en") before a space, a hyphen or an apostrophe.
    'Il a-t-il déclaré, se demande-t-elle, en affirmant que « oui ». Pour Anne, « non ».',
    // Words that only begin like a cue ("dites", "estimer", "seront", "avaient-ils") are passed over.
    'Les dites réformes, à estimer, seront « prêtes » : avaient-ils annoncé.',
  ])('finds the cues of: %s', (text) => {
    const found = cues(scanned(text));
    expect(found).toEqual(cues(matchesOf(CUE_BEFORE_QUOTE, text)));
    expect(found.length).toBeGreaterThan(0);
  });

  it('reads the text itself when lowering would move the offsets ("İ" lowers to two characters)', () => {
    const text = 'İstanbul : le maire a déclaré que « non ».';
    const found = cues(scanned(text));
    expect(found).toEqual(cues(matchesOf(CUE_BEFORE_QUOTE, text)));
    expect(found.length).toBeGreaterThan(0);
  });

  it('starts where it is asked to: a cue before `from` is not found again', () => {
    const text = 'Il a déclaré que « oui », puis il a ajouté que « non ».';
    const scan = cueScan(text);
    const first = nextCue(scan, 0);
    expect(first?.[0]).toBe('a déclaré');
    expect(nextCue(scan, (first?.index ?? 0) + 1)?.[0]).toBe('a ajouté');
  });
});
