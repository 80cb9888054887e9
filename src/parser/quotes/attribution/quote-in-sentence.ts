// What an attribution rule sees of one quote: its sentence, the cue before it, the words after it, and the cast.
import type { People } from '../../people/cast';

/** How the text refers to the speaker of a quote; resolving it to a person is resolve-speaker.ts's job. */
export type SpeakerReference =
  | { kind: 'name'; name: string }
  | { kind: 'role'; role: string; words: string }
  | { kind: 'pronoun'; words: string }
  | { kind: 'words'; words: string };

export interface QuoteInSentence {
  /** The paragraph. */
  text: string;
  /** Offsets of the opening and closing marks in `text`. */
  open: number;
  close: number;
  /** Where the quote's sentence starts (at most attributionBeforeChars before the quote). */
  sentenceStart: number;
  /** The text after the closing mark, bounded: where "», a déclaré X" is read. */
  after: string;
  /** The last "a déclaré" or "selon" wholly inside the sentence, before the opening mark. */
  cueBefore: RegExpExecArray | null;
  people: People;
}

/** One way French text attributes a quote. Returns null when the quote is not attributed this way, so the next
 *  rule can try. */
export type AttributionRule = (quote: QuoteInSentence) => SpeakerReference | null;

/** "-t-il" → il: the pronoun of an inverted verb ("a-t-il déclaré", "dit-elle"). */
export function invertedPronoun(inverted: string): SpeakerReference {
  return { kind: 'pronoun', words: inverted.replace(/^-(?:t-)?/u, '') };
}

/** No one is named, but someone spoke: the speaker is the last person quoted, or unknown. */
export const UNNAMED_SPEAKER: SpeakerReference = { kind: 'pronoun', words: '' };
