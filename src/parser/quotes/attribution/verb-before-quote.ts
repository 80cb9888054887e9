// "X a déclaré que « … »", "X explique : « … »", "X a appelé les syndicats à « … »", "X a écarté l’idée, jugeant
// que « … »", "Selon X, … « … »", "Pour X, … « … »": the cue comes before the quote in its sentence, and its subject
// (or the name after "selon") is the speaker.
import { invertedPronounOf } from '../speech-cues';
import type { AttributionRule, SpeakerReference } from './reference';
import { readMainSubject, readSubject } from './sentence-subject';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';

/** "Pour X," names a speaker only when X is someone and a comma closes the phrase: "Pour la première fois, …" is a time. */
const POUR_PHRASE = /^[^,]{1,80},/u;
/** A paper's name: "Aujourd’hui au Faso", "Le Pays", "Het Laatste Nieuws". */
const PAPER_NAME_MAX_WORDS = 5;
const POUR_SPEAKERS: ReadonlySet<SpeakerReference['kind']> = new Set(['name', 'pronoun', 'role', 'organisation', 'organisation-noun']);

export const verbBeforeQuote: AttributionRule = {
  name: 'verb-before-quote',
  attribute({ text, open, before, beforeStart, cueBefore: cue, bodiesQuoted, isKnownName }) {
    if (!cue) return null;
    const groups = cue.groups;
    const cueEnd = beforeStart + cue.index + cue.words.length;
    if (groups['selon'] || groups['pour']) {
      const phrase = readSpeakerNounPhrase(text, cueEnd, { isKnownName });
      if (!phrase || phrase.kind === 'previous-quote' || phrase.kind === 'unnamed' || phrase.kind === 'unknown') return null;
      if (groups['pour'] && (!POUR_SPEAKERS.has(phrase.kind) || !POUR_PHRASE.test(text.slice(cueEnd, open)))) return null;
      return { reference: phrase };
    }
    const pronoun = invertedPronounOf(groups);
    if (pronoun) return { reference: { kind: 'pronoun', words: pronoun } };
    const subjectWords = before.slice(0, cue.index);
    const subject = groups['gerund'] ? readMainSubject(subjectWords, { isKnownName }) : readSubject(subjectWords, { isKnownName });
    if (subject) return { reference: subject };
    // "Aujourd’hui au Faso renchérit, « … »": in a press review, a short clause of capitalised words before the verb
    // is the next paper's name, even one no rule can read; never the paper quoted before.
    const clause = subjectWords.trim();
    if (bodiesQuoted && /^\p{Lu}/u.test(clause) && !/[,;:]/u.test(clause) && clause.split(/[\s\u00A0]+/u).length <= PAPER_NAME_MAX_WORDS) {
      return { reference: { kind: 'organisation', name: clause, words: clause } };
    }
    return { reference: { kind: 'unnamed' } };
  },
};
