// Cuts a paragraph into its sentences, with their offsets: an event is one sentence, marked as such in the text.
import { COURTESY_TITLES } from '../lexicon/fr/courtesy-titles';
import { isLetterCode, isSpaceCode, matchesOf, wordSet } from '../text-patterns';

export interface Sentence {
  /** Offsets in the paragraph's text: text.slice(start, end) is the sentence, without the spaces around it. */
  start: number;
  end: number;
}

/** A sentence mark, the closing marks that belong to it, then a space or the end of the text. */
const SENTENCE_END = /[.!?…]+(?:[\s\u00A0\u202F]?[»”"’)\]])*(?=[\s\u00A0\u202F]|$)/gu;
/** What may open the next sentence: a capital, a digit, an opening mark. */
const SENTENCE_START = /^[\s\u00A0\u202F]+[\p{Lu}\p{N}«“"(—–-]/u;
/** A period after an initial ("J. Biden") or a title ("M. Biden", "Mme. Lagarde") ends no sentence. */
const ABBREVIATIONS = wordSet(COURTESY_TITLES.map((title) => title.replace(/\.$/u, '')));

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpaces(text, 0);
  for (const mark of matchesOf(SENTENCE_END, text)) {
    const end = mark.index + mark[0].length;
    if (end < text.length && !SENTENCE_START.test(text.slice(end, end + 3))) continue;
    if (mark[0].startsWith('.') && isAbbreviation(text, Math.max(start, mark.index - 12), mark.index)) continue;
    if (end > start) sentences.push({ start, end });
    start = skipSpaces(text, end);
  }
  const last = text.trimEnd().length;
  if (start < last) sentences.push({ start, end: last });
  return sentences;
}

/** Whether the letters right before `end` (a period) are an initial or a title. Read backwards, letter by letter:
 *  every sentence mark of every dated paragraph asks. */
function isAbbreviation(text: string, from: number, end: number): boolean {
  let start = end;
  while (start > from && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
  if (start === end) return false;
  // A letter outside the Basic Multilingual Plane ("𝐀b.") makes the word longer than an initial, and no title.
  if (start - 2 >= from && LETTER.test(text.slice(start - 2, start))) return false;
  return end - start === 1 || ABBREVIATIONS.has(text.slice(start, end));
}

function skipSpaces(text: string, index: number): number {
  let position = index;
  while (position < text.length && isSpaceCode(text.charCodeAt(position))) position += 1;
  return position;
}

const LETTER = /^\p{L}$/u;

