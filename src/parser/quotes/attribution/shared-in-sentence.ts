// Partial quotes of one sentence share its attribution: "Ce gel est "une formule non brevetée", "car ça ne sert à
// rien", ajoute M. Mas", and « A », estime-t-elle, « B ».
import type { QuotePiece } from '../quote-pieces';
import { sentenceAt } from '../sentences';

/** A sentence's attribution reaches this many quotes back: a paragraph of many quotes stays linear. */
const QUOTES_AHEAD = 6;

export function shareWithinSentences(pieces: readonly QuotePiece[], sentences: readonly number[]): void {
  pieces.forEach((item, index) => {
    const kind = item.attribution?.reference.kind;
    if (kind !== undefined && kind !== 'unknown') return;
    const sentence = sentenceAt(sentences, item.open).start;
    const previous = pieces[index - 1];
    // The quote after an incise: « A », estime-t-elle, « B ».
    if (previous?.attribution?.cueAfter && sentenceAt(sentences, previous.open).start === sentence) {
      item.attribution = previous.attribution;
      return;
    }
    for (let next = index + 1; next < pieces.length && next <= index + QUOTES_AHEAD; next++) {
      const later = pieces[next]!;
      if (sentenceAt(sentences, later.open).start !== sentence) break;
      if (later.attribution?.cueAfter) {
        item.attribution = later.attribution;
        return;
      }
    }
  });
}
