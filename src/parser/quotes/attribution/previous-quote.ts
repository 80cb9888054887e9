// A quote with no cue of its own, right after another quote: the same person goes on. « A », estime-t-elle. « B. »
// Or an interview: the paragraph before ended on a quote, this one is a quote (maybe after a short topic label,
// "Sur la Sûreté de l’État « … »").
import { HAS_WORD_CHARACTER } from '../../text-patterns';
import { looksLikeSpeech } from '../terms';
import type { AttributionRule } from './reference';

/** "Sur la Sûreté de l’État": a label has a few words and no punctuation. */
const LABEL_MAX_WORDS = 6;

export const previousQuote: AttributionRule = {
  name: 'previous-quote',
  attribute({ text, open, quoted, before, sentenceStart, quoteJustBefore, previousEndedWithQuote, firstInParagraph, continued }) {
    if (!continued && !looksLikeSpeech(quoted)) return null;
    if (quoteJustBefore && !HAS_WORD_CHARACTER.test(before)) return { reference: { kind: 'previous-quote' } };
    if (!previousEndedWithQuote || !firstInParagraph || sentenceStart !== 0) return null;
    const label = text.slice(0, Math.max(0, open));
    const isLabel = !/[,;:.!?]/u.test(label) && label.split(/[\s\u00A0]+/u).filter(Boolean).length <= LABEL_MAX_WORDS;
    if (isLabel) return { reference: { kind: 'previous-quote' } };
    return null;
  },
};
