// Reads the subject of a speech verb from the words before it: "Dans un communiqué, Joe Biden a déclaré",
// "Le président, lors d’une rencontre avec …, a déclaré", "Anthony Fauci, qui a déclaré", "Il a écrit … et a dit".
import { findNameRuns } from '../../people/name-runs';
import { matchesOf, normalizeWord } from '../../text-patterns';
import type { SpeakerReference } from './reference';
import { canStartPhrase, readSpeakerNounPhrase, SPEAKER_PRONOUNS, type PhraseOptions } from './speaker-noun-phrase';

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

/** Tries the first words of a clause in turn: the first that starts a speaker's phrase gives the subject. */
function readFromWords(text: string, start: number, end: number, options: PhraseOptions, wordsTried = WORDS_TRIED): SpeakerReference | null {
  const clause = text.slice(0, end);
  let tried = 0;
  for (const word of matchesOf(SUBJECT_WORD, text.slice(start, end))) {
    if (tried++ >= wordsTried) break;
    if (!canStartPhrase(word[0])) continue;
    const reading = readSpeakerNounPhrase(clause, start + word.index, options);
    // Past the clause's first word, only a name or a role is its subject ("Mardi soir, le ministre"): a
    // description there is the object of a preposition ("Devant les États membres").
    if (reading && (tried === 1 || reading.kind === 'name' || reading.kind === 'role' || reading.kind === 'pronoun')) return reading;
  }
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
