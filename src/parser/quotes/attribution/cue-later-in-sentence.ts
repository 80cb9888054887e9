// "« Il est impératif que nous apprenions » des enseignements pour …, a-t-il affirmé.", "Boris Faure est en « soins
// intensifs » après l’agression, a indiqué sa famille.", "Le rapport n’apporte « aucune preuve » d’ingérence, selon
// le Kremlin.": the attribution closes the quote's sentence rather than following the closing mark.
import { CUE_LATER_IN_SENTENCE, invertedPronounOf } from '../speech-cues';
import { HAS_WORD_CHARACTER } from '../../text-patterns';
import type { AttributionRule } from './reference';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';
import { AFTER_QUOTE_CHARS } from './verb-after-quote';

const SENTENCE_END = /[.!?…](?=[\s\u00A0]|$)/u;
/** ", selon X" closing the sentence: X is who said the words of the quotes in it. */
const SELON_LATER = /,[\s\u00A0]*(?:selon|d[’']après)[\s\u00A0]+/iu;

export const cueLaterInSentence: AttributionRule = {
  name: 'cue-later-in-sentence',
  attribute({ text, close, before, isKnownName }) {
    if (close >= text.length) return null;
    // Inside its sentence the quote may still be a name ("Le survêtement “Nike Tech” est devenu …, a déclaré X"):
    // only a quote that opens its sentence is said for certain.
    const cueAfter = !HAS_WORD_CHARACTER.test(before);
    const tail = text.slice(close + 1, close + 1 + AFTER_QUOTE_CHARS);
    const end = tail.search(SENTENCE_END);
    const rest = end < 0 ? tail : tail.slice(0, end);
    // Another quote in between has its own attribution.
    if (/[«“"]/u.test(rest)) return null;
    const cue = CUE_LATER_IN_SENTENCE.exec(rest);
    if (!cue) {
      const selon = SELON_LATER.exec(rest);
      const phrase = selon ? readSpeakerNounPhrase(text, close + 1 + selon.index + selon[0].length, { isKnownName }) : null;
      const someone = phrase && phrase.kind !== 'description' && phrase.kind !== 'unnamed' && phrase.kind !== 'unknown' && phrase.kind !== 'previous-quote';
      return someone ? { reference: phrase, cueAfter } : null;
    }
    const pronoun = invertedPronounOf(cue.groups ?? {});
    if (pronoun) return { reference: { kind: 'pronoun', words: pronoun }, cueAfter };
    const phrase = readSpeakerNounPhrase(text, close + 1 + cue.index + cue[0].length, { isKnownName, afterVerb: true });
    return { reference: phrase ?? { kind: 'unnamed' }, cueAfter };
  },
};
