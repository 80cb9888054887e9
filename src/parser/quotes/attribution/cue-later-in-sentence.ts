// "« Il est impératif que nous apprenions » des enseignements pour …, a-t-il affirmé.": a quote that opens its
// sentence, attributed at the sentence's end rather than right after the closing mark.
import { CUE_LATER_IN_SENTENCE, invertedPronounOf } from '../speech-cues';
import { HAS_WORD_CHARACTER } from '../../text-patterns';
import type { AttributionRule } from './reference';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';
import { AFTER_QUOTE_CHARS } from './verb-after-quote';

const SENTENCE_END = /[.!?…](?=[\s\u00A0]|$)/u;

export const cueLaterInSentence: AttributionRule = {
  name: 'cue-later-in-sentence',
  attribute({ text, close, before, isKnownName }) {
    if (close >= text.length || HAS_WORD_CHARACTER.test(before)) return null;
    const tail = text.slice(close + 1, close + 1 + AFTER_QUOTE_CHARS);
    const end = tail.search(SENTENCE_END);
    const rest = end < 0 ? tail : tail.slice(0, end);
    // Another quote in between has its own attribution.
    if (/[«“"]/u.test(rest)) return null;
    const cue = CUE_LATER_IN_SENTENCE.exec(rest);
    if (!cue) return null;
    const pronoun = invertedPronounOf(cue.groups ?? {});
    if (pronoun) return { reference: { kind: 'pronoun', words: pronoun }, cueAfter: true };
    const phrase = readSpeakerNounPhrase(text, close + 1 + cue.index + cue[0].length, { isKnownName, afterVerb: true });
    return { reference: phrase ?? { kind: 'unnamed' }, cueAfter: true };
  },
};
