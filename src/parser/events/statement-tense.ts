// Tells whether a sentence reports the past or announces the future, from its verb forms (lexicon/fr/tense-markers):
// only such sentences make events. "Les législateurs ont voté …" and "Les troupes partiront …" do; "Avec l’annonce de
// lundi, ce jour pourrait être plus proche, mais ce n’est pas encore arrivé." does not.
import { SPEECH_ADVERBS } from '../lexicon/fr/speech-verbs';
import {
  FUTURE_AUXILIARIES, FUTURE_ENDINGS, NEGATION, NEGATION_ADVERBS, PARTICIPLE_ENDINGS, PAST_AUXILIARIES, SIMPLE_PAST_ENDINGS,
} from '../lexicon/fr/tense-markers';
import { alternation, NOT_AFTER_WORD, NOT_BEFORE_WORD, WORD } from '../text-patterns';

/** An auxiliary, up to two adverbs ("a également noté", "n’a pas encore"), then a word ending like a participle.
 *  The adverbs are the ones speech verbs allow there, and the negation's. */
const COMPOUND_PAST = new RegExp(
  `${NOT_AFTER_WORD}(?<negation>(?:${alternation(NEGATION)})[\\s\\u00A0]*)?(?:${alternation(PAST_AUXILIARIES)})` +
    `(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on))?(?:[\\s\\u00A0]+(?:${alternation([...SPEECH_ADVERBS, ...NEGATION_ADVERBS])})){0,2}` +
    `[\\s\\u00A0]+[${WORD}’'-]*(?:${alternation(PARTICIPLE_ENDINGS)})${NOT_BEFORE_WORD}`,
  'giu',
);
const SIMPLE_PAST = new RegExp(`[${WORD}](?:${alternation(SIMPLE_PAST_ENDINGS)})${NOT_BEFORE_WORD}`, 'iu');
const FUTURE = new RegExp(
  `${NOT_AFTER_WORD}(?:${alternation(FUTURE_AUXILIARIES)})${NOT_BEFORE_WORD}|[${WORD}]{2}(?:${alternation(FUTURE_ENDINGS)})${NOT_BEFORE_WORD}`,
  'iu',
);

export function reportsThePast(sentence: string): boolean {
  if (SIMPLE_PAST.test(sentence)) return true;
  for (const verb of sentence.matchAll(COMPOUND_PAST)) if (!verb.groups?.['negation']) return true;
  return false;
}

export function announcesTheFuture(sentence: string): boolean {
  return FUTURE.test(sentence);
}
