// "Malgré « l’euphorie de ces dernières semaines (...) nous n’avons jamais eu ces signaux ». Jean Dupont a même
// ajouté que …": a quote without a cue, and the next sentence says its subject "added" more. To add is to go on
// speaking: the quote before was theirs too.
import { CONTINUATION_ADVERBS, CONTINUATION_PARTICIPLES } from '../../lexicon/fr/speech-verbs';
import { alternation } from '../../text-patterns';
import { looksLikeSpeech } from '../terms';
import type { AttributionRule } from './reference';
import { readSubject } from './sentence-subject';

/** The next sentence starts within this many characters of the closing mark. */
const NEXT_SENTENCE_CHARS = 4;
/** Its subject and "a (même) ajouté" fit in this many characters. */
const NEXT_SENTENCE_HEAD_CHARS = 120;
/** "X a ajouté", "X a même ajouté", "Il a encore poursuivi": verbs that continue a speech. */
const ADDED = new RegExp(
  `[\\s\\u00A0]a[\\s\\u00A0]+(?:(?:${alternation(CONTINUATION_ADVERBS)})[\\s\\u00A0]+)?(?:${alternation(CONTINUATION_PARTICIPLES)})(?=[\\s\\u00A0,:])`,
  'u',
);

export const nextSentenceAdds: AttributionRule = {
  name: 'next-sentence-adds',
  attribute({ text, close, quoted, isKnownName }) {
    if (!looksLikeSpeech(quoted) || close >= text.length) return null;
    const end = /^[\s\u00A0]*[.!?…][\s\u00A0]+/u.exec(text.slice(close + 1, close + 1 + NEXT_SENTENCE_CHARS + 4));
    if (!end || end[0].length > NEXT_SENTENCE_CHARS + 4) return null;
    const head = text.slice(close + 1 + end[0].length, close + 1 + end[0].length + NEXT_SENTENCE_HEAD_CHARS);
    const added = ADDED.exec(head);
    if (!added) return null;
    const subject = readSubject(head.slice(0, added.index), { isKnownName });
    if (!subject || (subject.kind !== 'name' && subject.kind !== 'pronoun' && subject.kind !== 'role' && subject.kind !== 'organisation')) return null;
    return { reference: subject };
  },
};
