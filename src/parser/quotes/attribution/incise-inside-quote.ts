// « Nous vivons un traumatisme social, commente Anatole Heidelberger, secrétaire de l’union locale. Nous
// pensions … »: an incise inside the marks cuts the quote in two, both said by the person it names.
import { INCISE_INSIDE_QUOTE, invertedPronounOf } from '../speech-cues';
import type { QuotePiece } from '../quote-pieces';
import type { SpeakerReference } from './reference';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';

/** Where the quote resumes after an incise that names its speaker: the next sentence. */
const NEXT_SENTENCE = /[.!?…][\s\u00A0]+(?=\p{Lu})/u;
const INCISE = new RegExp(INCISE_INSIDE_QUOTE.source, INCISE_INSIDE_QUOTE.flags.replace('g', ''));

export function splitAtIncises(pieces: QuotePiece[], text: string, isKnownName: (word: string) => boolean): QuotePiece[] {
  const result: QuotePiece[] = [];
  for (const item of pieces) {
    const incise = INCISE.exec(text.slice(item.start, item.end));
    const cueEnd = incise ? item.start + incise.index + incise[0].length : -1;
    const pronoun = incise ? invertedPronounOf(incise.groups ?? {}) : null;
    const reference: SpeakerReference | null = !incise ? null
      : pronoun ? { kind: 'pronoun', words: pronoun }
        : readSpeakerNounPhrase(text, cueEnd, { isKnownName, afterVerb: true });
    if (!incise || !reference) {
      result.push(item);
      continue;
    }
    const attribution = { reference, cueAfter: true };
    const cut = item.start + incise.index;
    result.push({ ...item, end: cut, close: cut, attribution });
    // After "dit-il," the quote goes on at once; after a name and its apposition ("commente X, secrétaire de …."),
    // at the next sentence.
    const rest = text.slice(cueEnd, item.end);
    const resume = pronoun ? /^[\s\u00A0]*,[\s\u00A0]*/u.exec(rest) : (NEXT_SENTENCE.exec(rest) ?? /,[\s\u00A0]*/u.exec(rest));
    if (resume) {
      const start = cueEnd + resume.index + resume[0].length;
      result.push({ ...item, open: start - 1, start, attribution });
    }
  }
  return result;
}
