// Tells whether a sentence reports the past or announces the future, from its verb forms (lexicon/fr/tense-markers):
// only such sentences make events. "Les législateurs ont voté …" and "Les troupes partiront …" do; "Avec l’annonce de
// lundi, ce jour pourrait être plus proche, mais ce n’est pas encore arrivé." does not.
import {
  ANNOUNCING_WORDS, AUXILIARY_INFINITIVES, FUTURE_ENDINGS, NEGATION, PARTICIPLE_ENDINGS, SIMPLE_PAST_ENDINGS,
} from '../lexicon/fr/tense-markers';
import { BE_AUXILIARIES, NOT_FUTURE_VERBS, PAST_AUXILIARIES, TENSE_SKIPPABLE } from '../lexicon/fr/tense';
import { alternation, firstMatch, NOT_AFTER_WORD, NOT_BEFORE_WORD, WORD, wordSet } from '../text-patterns';

const AUXILIARIES = [...PAST_AUXILIARIES, ...BE_AUXILIARIES].filter((word) => !AUXILIARY_INFINITIVES.includes(word));
const SKIPPABLE = alternation(TENSE_SKIPPABLE);

/** A conjugated auxiliary, up to two of the words that sit before the verb ("a également noté", "n’a pas encore"),
 *  then a word ending like a participle that is not one of those words ("plus" ends like "pris"). */
const COMPOUND_PAST = new RegExp(
  `${NOT_AFTER_WORD}(?<negation>(?:${alternation(NEGATION)})[\\s\\u00A0]*)?(?:${alternation(AUXILIARIES)})` +
    `(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on))?(?:[\\s\\u00A0]+(?:${SKIPPABLE})){0,2}` +
    `[\\s\\u00A0]+(?!(?:${SKIPPABLE})${NOT_BEFORE_WORD})[${WORD}’'-]*(?:${alternation(PARTICIPLE_ENDINGS)})${NOT_BEFORE_WORD}`,
  'giu',
);
const SIMPLE_PAST = new RegExp(`[${WORD}](?:${alternation(SIMPLE_PAST_ENDINGS)})${NOT_BEFORE_WORD}`, 'iu');
const ANNOUNCING = new RegExp(`${NOT_AFTER_WORD}(?:${alternation(ANNOUNCING_WORDS)})${NOT_BEFORE_WORD}`, 'iu');
const FUTURE_VERB = new RegExp(`[${WORD}]{2}(?:${alternation(FUTURE_ENDINGS)})${NOT_BEFORE_WORD}`, 'giu');
const NOT_FUTURE = wordSet(NOT_FUTURE_VERBS);

export function reportsThePast(sentence: string): boolean {
  if (SIMPLE_PAST.test(sentence)) return true;
  return firstMatch(COMPOUND_PAST, sentence, (verb) => !verb.groups?.['negation']) !== null;
}

export function announcesTheFuture(sentence: string): boolean {
  if (ANNOUNCING.test(sentence)) return true;
  return firstMatch(FUTURE_VERB, sentence, (verb) => {
    const word = /[\p{L}’'-]+$/u.exec(sentence.slice(Math.max(0, verb.index - 20), verb.index + verb[0].length))?.[0] ?? verb[0];
    return !NOT_FUTURE.has(word.toLowerCase());
  }) !== null;
}
