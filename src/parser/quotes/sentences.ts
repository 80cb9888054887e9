// Sentence bounds inside a paragraph, for the quote rules: an attribution lives in the quote's own sentence, or in
// the one before.
import type { QuoteSpan } from './find-quote-spans';
import { matchesOf } from '../text-patterns';

/** A sentence ends at . ! ? … (maybe followed by a closing mark) and spaces, before more text. */
const SENTENCE_BREAK = /[.!?…]["»”]?[\s\u00A0]+(?=\S)/gu;

/** Where the sentences of a paragraph start, outside its quotes: a period inside « … » does not end the sentence
 *  around it. One pass over the paragraph. */
export function sentenceStarts(text: string, quotes: readonly QuoteSpan[]): number[] {
  const starts = [0];
  let inside = 0;
  for (const found of matchesOf(SENTENCE_BREAK, text)) {
    const index = found.index;
    while (inside < quotes.length && (quotes[inside]?.close ?? 0) < index) inside += 1;
    const quote = quotes[inside];
    if (quote && quote.open < index && index < quote.close) continue;
    starts.push(index + found[0].length);
  }
  return starts;
}

/** The start of the sentence that holds `index`, and of the sentence before it in the paragraph (or null). */
export function sentenceAt(starts: readonly number[], index: number): { start: number; previous: number | null } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) <= index) low = middle + 1;
    else high = middle;
  }
  return { start: starts[low - 1] ?? 0, previous: low >= 2 ? (starts[low - 2] ?? null) : null };
}

/** The last sentence of a paragraph. */
export function lastSentence(text: string): string {
  let start = 0;
  for (const found of matchesOf(SENTENCE_BREAK, text)) start = found.index + found[0].length;
  return text.slice(start);
}

/** The last match of `pattern`, a global pattern, in `text` (the cue nearest the quote). */
export function lastMatch(global: RegExp, text: string): RegExpExecArray | null {
  if (!global.global) throw new Error('lastMatch needs a global pattern');
  global.lastIndex = 0;
  let found: RegExpExecArray | null = null;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    found = match;
    if (match[0] === '') global.lastIndex += 1;
  }
  return found;
}
