// Reads the subject of the speech verb in the quote's sentence: "Dans un communiqué, Joe Biden a déclaré …",
// "Le président, lors d’une rencontre avec …, a déclaré …", "Il a écrit … et a dit « … »".
import type { People } from '../../people/cast';
import { HAS_WORD_CHARACTER, normalizeWord } from '../../text-patterns';
import { firstNameOrRole, lowerFirst, SPEAKER_PRONOUNS } from './name-or-role';
import type { SpeakerReference } from './quote-in-sentence';

/** Words kept as the speaker when the subject names no one ("un analyste de la Société Générale"). */
const SUBJECT_WORDS_MAX = 6;

/**
 * The subject before "a déclaré". Split at commas: when the verb follows a comma, the commas framed an aside
 * ("Le président, lors d’une rencontre avec …, a déclaré") and the subject is the first part that refers to
 * someone; otherwise it is the part right before the verb ("Dans un communiqué, Joe Biden a déclaré").
 */
export function readSubject(subject: string, people: People): SpeakerReference | null {
  const parts = subject.split(',');
  const lastPart = parts[parts.length - 1] ?? '';
  if (lastPart.trim() !== '') {
    const lastWord = /([\p{L}\p{M}’']+)[\s\u00A0]*$/u.exec(lastPart)?.[1];
    if (lastWord && SPEAKER_PRONOUNS.has(normalizeWord(lastWord))) return { kind: 'pronoun', words: lastWord.toLowerCase() };
    const reference = firstNameOrRole(lastPart, people, true);
    if (reference) return reference;
  } else {
    for (const part of parts) {
      const reference = firstNameOrRole(part, people, false);
      if (reference) return reference;
    }
  }
  // "Il a écrit … et a dit « … »": the pronoun that opens the sentence is the subject of both verbs.
  const firstWord = /^[\s\u00A0]*([\p{L}\p{M}’']+)/u.exec(subject)?.[1];
  if (firstWord && SPEAKER_PRONOUNS.has(normalizeWord(firstWord))) return { kind: 'pronoun', words: firstWord.toLowerCase() };
  const words = lastPart.trim().split(/[\s\u00A0]+/u).slice(-SUBJECT_WORDS_MAX).join(' ');
  return HAS_WORD_CHARACTER.test(words) ? { kind: 'words', words: lowerFirst(words) } : null;
}
