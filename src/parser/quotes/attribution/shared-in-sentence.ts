// Partial quotes of one sentence share its attribution: "Ce gel est "une formule non brevetée", "car ça ne sert à
// rien", ajoute M. Mas", « A », estime-t-elle, « B », and "Si « A », X préfère mettre en avant « B »".
import type { QuotePiece } from '../quote-pieces';
import { sentenceAt } from '../sentences';

/** A sentence's attribution reaches this many quotes back: a paragraph of many quotes stays linear. */
const QUOTES_AHEAD = 6;

/** A sentence that opens on a concession right before the quote: "Si « … », …", "Même si « … »". */
const CONCESSION = /^[\s\u00A0]*(?:même[\s\u00A0]+)?si[\s\u00A0]*$/iu;

export function shareWithinSentences(pieces: readonly QuotePiece[], sentences: readonly number[], text: string): void {
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
    // "Si « A », X préfère mettre en avant « B »": the concession and the main clause are one speaker's.
    const conceded = CONCESSION.test(text.slice(sentence, Math.max(sentence, item.open)));
    for (let next = index + 1; next < pieces.length && next <= index + QUOTES_AHEAD; next++) {
      const later = pieces[next]!;
      if (sentenceAt(sentences, later.open).start !== sentence) break;
      if (later.attribution?.cueAfter || (conceded && later.attribution && later.attribution.reference.kind !== 'unknown')) {
        item.attribution = later.attribution;
        return;
      }
    }
  });
}
