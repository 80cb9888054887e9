// A quote whose own sentence names no one, after a sentence that does: "Sophie Binet a réagi mardi :", "Le journal
// rappelle la disgrâce de Michel Daerden. « … »", "…, constate De Morgen. « … »".
import { CUE_BEFORE_QUOTE, INVERTED_CUE_AT_END, invertedPronounOf } from '../speech-cues';
import { lastMatch, lastSentence } from '../sentences';
import { looksLikeSpeech } from '../terms';
import { findNameRuns } from '../../people/name-runs';
import { FIRST_NAMES } from '../../people/person-name';
import { HAS_WORD_CHARACTER, normalizeWord } from '../../text-patterns';
import type { AttributionRule, SpeakerReference } from './reference';
import { readSubject } from './sentence-subject';
import { readSpeakerNounPhrase, type PhraseOptions } from './speaker-noun-phrase';

/** "…, constate De Morgen.": the inverted subject ends the sentence, a few words at most. */
const INVERTED_SUBJECT_MAX_WORDS = 5;
/** The sentence before is read this far back from its end: a bounded cost per quote. */
const SENTENCE_MAX_CHARS = 400;
/** The subject of the sentence before is among its first words. */
const SUBJECT_WORDS = 8;
const SELON = /(?:^|[\s\u00A0,(])(?:selon|d[’']après)[\s\u00A0]+/giu;
const INVERTED_AT_END = new RegExp(INVERTED_CUE_AT_END.source, 'giu');
/** The inverted subject is a name or a determined phrase: "constate Le Monde", "résume le quotidien". */
const INVERTED_SUBJECT_START = /^(?:\p{Lu}|(?:le|la|les)[\s\u00A0]|l[’'])/u;

export const previousSentence: AttributionRule = {
  name: 'previous-sentence',
  attribute({ text, quoted, before, sentenceStart, previousSentenceStart, previousParagraph, continued, bodiesQuoted, isKnownName }) {
    if ((!continued && !looksLikeSpeech(quoted)) || HAS_WORD_CHARACTER.test(before)) return null;
    const sentence = previousSentenceStart !== null
      ? text.slice(Math.max(previousSentenceStart, sentenceStart - SENTENCE_MAX_CHARS), sentenceStart)
      : previousParagraph !== null ? lastSentence(previousParagraph.slice(-SENTENCE_MAX_CHARS)) : null;
    if (sentence === null) return null;
    const reference = speakerOfSentence(sentence.trim(), { isKnownName }, bodiesQuoted);
    return reference ? { reference } : null;
  },
};

function speakerOfSentence(sentence: string, options: PhraseOptions, bodiesQuoted: boolean): SpeakerReference | null {
  const cue = lastMatch(CUE_BEFORE_QUOTE, sentence);
  // "Son seul problème était, selon l’éditorialiste, son besoin d’être aimé. « … »": in a press review, the paper
  // cited goes on (elsewhere "Selon la préfecture, deux blessés. « … »" may quote a witness).
  const selon = bodiesQuoted ? lastMatch(SELON, sentence) : null;
  const cited = selon ? readSpeakerNounPhrase(sentence, selon.index + selon[0].length, options) : null;
  if (cited?.kind === 'organisation' || cited?.kind === 'organisation-noun') return cited;
  if (cue && !cue.groups?.['selon'] && !cue.groups?.['pour']) {
    const pronoun = invertedPronounOf(cue.groups ?? {});
    if (pronoun) return { kind: 'pronoun', words: pronoun };
    const subject = readSubject(sentence.slice(0, cue.index), options);
    if (subject && subject.kind !== 'unnamed') return subject;
  }
  const inverted = lastMatch(INVERTED_AT_END, sentence);
  if (inverted) {
    const rest = sentence.slice(inverted.index + inverted[0].length);
    const phrase = INVERTED_SUBJECT_START.test(rest) ? readSpeakerNounPhrase(sentence, inverted.index + inverted[0].length, { ...options, afterVerb: true }) : null;
    if (phrase && /^[^,;]*[.:]?$/u.test(rest) && rest.split(/[\s\u00A0]+/u).length <= INVERTED_SUBJECT_MAX_WORDS) return phrase;
  }
  if (sentence.endsWith(':')) {
    const subject = readSubject(sentence.slice(0, -1), options);
    if (subject && subject.kind !== 'description' && subject.kind !== 'unnamed') return subject;
  }
  // The sentence before is about a person or a body, named as its subject: the quote that follows is theirs.
  const opening = sentence.split(/[\s\u00A0]+/u).slice(0, SUBJECT_WORDS).join(' ');
  const subject = readSubject(opening, options, true);
  if (subject?.kind === 'organisation' || subject?.kind === 'organisation-noun') return subject;
  // A person is certain only when the sentence names no one else: "Jean Castel a rencontré Sophie Binet." is not.
  const names = findNameRuns(sentence).filter((run) => !run.determined && run.words.length >= 2);
  // In a press review, the capitalised subject that opens the sentence is the paper, whoever it writes about:
  // "Het Laatste Nieuws se montre sévère, comparant Michel Daerden à Serge Gainsbourg. « … »".
  // A subject that opens on a first name is a person, and the rule for people holds.
  const paper = bodiesQuoted && subject?.kind === 'name' && !FIRST_NAMES.has(normalizeWord(subject.name.split(' ')[0] ?? ''));
  if (subject?.kind === 'name' && (names.length <= 1 || paper)) return subject;
  // "Mère de deux enfants, Lucie et Jeanne, Anna Berger avait repris …": after an opening apposition, the one
  // full name of the sentence, right after a comma and before its verb, is its subject.
  const only = names.length === 1 ? names[0]! : null;
  if (!subject && only && /,[\s\u00A0]*$/u.test(sentence.slice(0, only.start)) && SUBJECT_VERB_AFTER.test(sentence.slice(only.end, only.end + 30))) {
    return { kind: 'name', name: only.name, asWritten: only.name };
  }
  return null;
}

/** A name is a subject when a verb follows it: a lowercase word that is not a preposition or a conjunction. */
const SUBJECT_VERB_AFTER = /^[\s\u00A0]+(?!(?:de|du|des|et|ou|à|au|aux|en|dans|pour|par|sur|avec|qui|que|dont)[\s\u00A0])(?:\p{Ll}|n[’'])/u;
