// Reads the subject of a speech verb from the words before it: "Dans un communiqué, Joe Biden a déclaré",
// "Le président, lors d’une rencontre avec …, a déclaré", "Anthony Fauci, qui a déclaré", "Il a écrit … et a dit".
import { findNameRuns } from '../../people/name-runs';
import { DETERMINER_SET } from '../../people/name-words';
import { matchesOf, normalizeWord } from '../../text-patterns';
import type { SpeakerReference } from './reference';
import { canStartPhrase, readSpeakerNounPhrase, SPEAKER_PRONOUNS, type PhraseOptions } from './speaker-noun-phrase';

/** Prepositions whose object is never the subject of the clause. */
const PREPOSITIONS = new Set(['à', 'au', 'aux', 'de', 'du', 'des', 'chez', 'pour', 'avec', 'contre', 'sur', 'dans', 'par', 'en', 'entre', 'vers', 'sans', 'sous', 'parmi', 'auprès']);
/** The subject is among the first few words of its clause ("Mardi soir, le ministre"; "Jeudi le ministre"). */
const WORDS_TRIED = 5;
const COMMA = /,/gu;
const SUBJECT_WORD = /[\p{L}\p{M}’'.-]+/gu;

export function readSubject(subject: string, options: PhraseOptions, atStart = false): SpeakerReference | null {
  if (atStart) return readFromWords(subject, 0, subject.length, options, 1);
  const parts = splitParts(subject);
  const lastPart = parts[parts.length - 1];
  if (lastPart && subject.slice(lastPart.start, lastPart.end).trim() !== '') {
    const words = subject.slice(lastPart.start, lastPart.end);
    // "Anthony Fauci, qui a déclaré": the relative pronoun stands for the name before the comma.
    if (/^[\s\u00A0]*(?:qui|lequel|laquelle)[\s\u00A0]*$/iu.test(words) || /^[\s\u00A0]*qui[\s\u00A0]/iu.test(words)) {
      const previous = parts[parts.length - 2];
      if (!previous) return null;
      const names = findNameRuns(subject.slice(previous.start, previous.end)).filter((run) => !run.determined);
      const name = names.at(-1);
      return name ? { kind: 'name', name: name.name, asWritten: name.name } : null;
    }
    const reading = readFromWords(subject, lastPart.start, lastPart.end, options);
    if (reading) return reading;
    const apposed = subjectBeforeAppositions(subject, parts, options);
    if (apposed) return apposed;
  } else {
    // "…durant laquelle un député PS, Malek Boutih, avait lancé": a bare name just before the verb is the
    // apposition of its subject. Otherwise the commas framed an aside and the subject is the first part.
    const apposed = parts[parts.length - 2];
    const apposedWords = apposed ? subject.slice(apposed.start, apposed.end) : '';
    const bare = findNameRuns(apposedWords).find((run) => run.words.length >= 2 && apposedWords.slice(0, run.start).trim() === '' && apposedWords.slice(run.end).trim() === '');
    if (bare && parts.length > 2) return { kind: 'name', name: bare.name, asWritten: bare.name };
    for (const part of parts) {
      const reading = readFromWords(subject, part.start, part.end, options);
      if (reading) return reading;
    }
  }
  // "Il a écrit … et a dit « … »": the pronoun that opens the sentence is the subject of both verbs.
  const firstWord = /^[\s\u00A0]*([\p{L}\p{M}’']+)/u.exec(subject)?.[1];
  if (firstWord && SPEAKER_PRONOUNS.has(normalizeWord(firstWord))) return { kind: 'pronoun', words: firstWord.toLowerCase() };
  return null;
}

function splitParts(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const comma of matchesOf(COMMA, text)) {
    parts.push({ start, end: comma.index });
    start = comma.index + 1;
  }
  parts.push({ start, end: text.length });
  return parts;
}

/**
 * "Paul Martin, professeur à l’université, souligne qu’on", "Le procureur, lui, tient à … :": the verb's clause
 * has no subject of its own, the subject opens the sentence and the parts between are appositions (a lowercase
 * noun, a stressed pronoun). A part that opens with a capital names someone else, and then nothing is certain.
 */
function subjectBeforeAppositions(text: string, parts: readonly { start: number; end: number }[], options: PhraseOptions): SpeakerReference | null {
  const last = parts[parts.length - 1]!;
  const verb = /^[\s\u00A0]*([\p{Ll}][\p{L}\p{M}’'-]*)/u.exec(text.slice(last.start, last.end))?.[1];
  if (parts.length < 2 || !verb || canStartPhrase(verb) || SUBJECTLESS_OPENERS.has(normalizeWord(verb))) return null;
  for (let index = parts.length - 2; index >= 1; index--) {
    const part = text.slice(parts[index]!.start, parts[index]!.end);
    const opener = /^[\s\u00A0]*([\p{L}\p{M}’'-]+)/u.exec(part)?.[1] ?? '';
    if (!opener || /^\p{Lu}/u.test(opener) || (SPEAKER_PRONOUNS.has(normalizeWord(opener)) && !STRESSED_PRONOUNS.has(normalizeWord(opener)))) return null;
  }
  const first = parts[0]!;
  const reading = readFromWords(text, first.start, first.end, options, 1);
  if (!reading || (reading.kind !== 'name' && reading.kind !== 'role' && reading.kind !== 'organisation')) return null;
  // The subject is the whole first part: "Mardi, le ministre …" has a time there, not a subject.
  return reading;
}

/** Stressed pronouns that repeat the subject between commas: "Le procureur, lui, tient à …". */
const STRESSED_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);
/** Words that open a clause that is not a verb's: conjunctions and prepositions. */
const SUBJECTLESS_OPENERS = new Set(['et', 'ou', 'mais', 'car', 'donc', 'or', 'ni', 'puis', 'que', 'qu’', 'si', 'quand', 'comme', 'dont', 'où', 'à', 'de', 'dans', 'en', 'pour', 'par', 'sur', 'avec', 'selon', 'après', 'avant', 'depuis', 'pendant', 'lors', 'chez', 'contre', 'malgré', 'sans', 'vers']);

/** Tries the first words of a clause in turn: the first that starts a speaker's phrase gives the subject. */
function readFromWords(text: string, start: number, end: number, options: PhraseOptions, wordsTried = WORDS_TRIED): SpeakerReference | null {
  const clause = text.slice(0, end);
  const part = text.slice(start, end);
  let tried = 0;
  let afterPreposition = false;
  // Word by word, and no further than the words tried: a clause is often a whole paragraph's opening.
  SUBJECT_WORD.lastIndex = 0;
  for (let word = SUBJECT_WORD.exec(part); word !== null && tried < wordsTried; word = SUBJECT_WORD.exec(part)) {
    tried += 1;
    const lower = normalizeWord(word[0]);
    // "professeur à la London School", "membre du Conseil": the object of a preposition is no subject.
    const objectOfPreposition = afterPreposition;
    afterPreposition = PREPOSITIONS.has(lower) || (afterPreposition && DETERMINER_SET.has(lower));
    if (objectOfPreposition || !canStartPhrase(word[0])) continue;
    const reading = readSpeakerNounPhrase(clause, start + word.index, options);
    // Past the clause's first word, only a name or a role is its subject ("Mardi soir, le ministre"): a
    // description there is the object of a preposition ("Devant les États membres").
    if (reading && (tried === 1 || reading.kind === 'name' || reading.kind === 'role' || reading.kind === 'pronoun')) {
      SUBJECT_WORD.lastIndex = 0;
      return reading;
    }
  }
  SUBJECT_WORD.lastIndex = 0;
  return null;
}

/** The subject of the main clause, for a participle that hangs on it ("Christophe Béchu a écarté cette idée,
 *  jugeant que « … »"): the last comma-separated part that opens with a speaker's phrase. */
export function readMainSubject(text: string, options: PhraseOptions): SpeakerReference | null {
  const parts = splitParts(text);
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index]!;
    const reading = readFromWords(text, part.start, part.end, options, 1);
    if (reading) return reading;
  }
  return null;
}
