// Reads the words after a speech verb or "selon" ("a déclaré le porte-parole, Nasser al Shammari.") as the speaker.
import type { People } from '../../people/cast';
import { HAS_WORD_CHARACTER, normalizeWord } from '../../text-patterns';
import { firstNameOrRole, SPEAKER_PRONOUNS } from './name-or-role';
import type { SpeakerReference } from './quote-in-sentence';

/** How far after the closing mark the parser looks for ", a déclaré X" and its speaker. */
export const ATTRIBUTION_AFTER_CHARS = 160;
/** The speaker phrase after a cue ends at the sentence's end, a semicolon or the next quote mark. */
const SPEAKER_PHRASE_END = /[.;:!?…](?=[\s\u00A0]|$)|[«“"]/u;
/** A phrase that names no one is kept as the text's own words, up to this many. */
const SPEAKER_WORDS_MAX = 6;

/** The words after a cue, up to the end of the sentence: "le porte-parole, Nasser al Shammari". */
export function speakerPhrase(text: string): string {
  const bounded = text.slice(0, ATTRIBUTION_AFTER_CHARS);
  const end = SPEAKER_PHRASE_END.exec(bounded);
  return end ? bounded.slice(0, end.index) : bounded;
}

/** The person a phrase after a verb (or after "selon") refers to: its first pronoun, name or role, or its words. */
export function readSpeakerPhrase(phrase: string, people: People): SpeakerReference | null {
  const firstWord = /^[\s\u00A0,]*([\p{L}\p{M}’']+)/u.exec(phrase)?.[1];
  if (firstWord && SPEAKER_PRONOUNS.has(normalizeWord(firstWord))) return { kind: 'pronoun', words: firstWord.toLowerCase() };
  const reference = firstNameOrRole(phrase, people);
  if (reference) return reference;
  const words = phrase.split(',')[0]?.trim().split(/[\s\u00A0]+/u).slice(0, SPEAKER_WORDS_MAX).join(' ') ?? '';
  return HAS_WORD_CHARACTER.test(words) ? { kind: 'words', words } : null;
}
