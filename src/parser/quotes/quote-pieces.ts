// The quotes of one paragraph, as pieces of text between marks: paired marks, and the pieces of a quote that runs
// over several paragraphs (French news opens « at the start of each paragraph and closes » only at the end of the
// last; some sites open it once and close it once, paragraphs later).
import type { Attribution } from './attribution/reference';
import type { QuoteSpan } from './find-quote-spans';

export interface QuotePiece {
  paragraph: number;
  /** The opening mark, or -1 when the piece continues a quote from the paragraph before. */
  open: number;
  /** The closing mark, or the paragraph's length when the quote goes on in the next paragraph. */
  close: number;
  /** The quoted words: text.slice(start, end). */
  start: number;
  end: number;
  /** The pieces of one quote over several paragraphs share a group number; null for a quote in one paragraph. */
  group: number | null;
  attribution: Attribution | null;
}

const OPENING_MARKS = /[«“]/u;
const CLOSING_MARKS = /[»”]/u;
const ANY_MARK = /[«»“”"]/u;

/** Pieces carry the group of a quote still open at the end of the paragraph before. */
export interface OpenQuotes {
  openGroup: number | null;
  groups: number;
}

export function piecesOfParagraph(text: string, paragraph: number, spans: readonly QuoteSpan[], following: readonly string[], state: OpenQuotes): QuotePiece[] {
  const pieces = spans.map((span) => piece(text, paragraph, span.open, span.close));
  const continuing = state.openGroup;
  state.openGroup = null;
  const firstCharacter = text.search(/\S/u);
  if (continuing !== null && (pieces.length === 0 || (pieces[0]?.open ?? 0) > firstCharacter)) {
    const closing = closesUnopened(text);
    if (opensAgain(text) && !hasClosing(text)) pieces.unshift(piece(text, paragraph, firstCharacter, text.length));
    // The last paragraph of the quote closes a mark it never opened: "… Même un fétichiste des chiffres »."
    else if (closing >= 0) pieces.unshift(piece(text, paragraph, -1, closing));
    // A paragraph in the middle of the quote, with no mark at all.
    else if (!ANY_MARK.test(text) && continuesIn(following)) pieces.unshift(piece(text, paragraph, -1, text.length));
  }
  const lastClose = pieces.at(-1)?.close ?? -1;
  const unclosed = lastClose >= text.length ? -1 : unclosedOpening(text, lastClose);
  if (unclosed >= 0 && (continuesIn(following) || (following.length === 0 && cutByThePage(text, unclosed, firstCharacter)))) {
    pieces.push(piece(text, paragraph, unclosed, text.length));
  }
  for (const item of pieces) {
    if ((item.open === firstCharacter || item.open === -1) && continuing !== null) item.group = continuing;
    if (item.close === text.length) {
      item.group ??= state.groups++;
      state.openGroup = item.group;
    }
  }
  // Marks of different kinds can interleave ("a » "b""): where pieces would overlap, the earlier one wins.
  const kept: QuotePiece[] = [];
  for (const item of pieces.sort((a, b) => a.start - b.start)) {
    const previous = kept.at(-1);
    if (item.end > item.start && (!previous || item.start >= previous.end)) kept.push(item);
  }
  return kept;
}

/** "« Il y a quinze jours, l’eau avait déjà subi une...": the article's last paragraph opens on a quote and breaks
 *  off mid-sentence, where a paywall or the store cut the page. The words are a quote all the same. */
function cutByThePage(text: string, open: number, firstCharacter: number): boolean {
  return open === firstCharacter && /(?:\.\.\.|…)[\s\u00A0]*$/u.test(text);
}

/** Whether a quote left open goes on in the paragraphs that follow: the next one opens again, or closes a mark it
 *  never opened, maybe after paragraphs with no mark at all. */
function continuesIn(following: readonly string[]): boolean {
  for (const next of following) {
    if (opensAgain(next) || closesUnopened(next) >= 0) return true;
    if (ANY_MARK.test(next)) return false;
  }
  return false;
}

/** « or “ at the start of the paragraph, or a straight quote there that the paragraph never pairs. */
function opensAgain(text: string): boolean {
  const first = text.trimStart()[0] ?? '';
  return OPENING_MARKS.test(first) || (first === '"' && straightCount(text) % 2 === 1);
}

function hasClosing(text: string): boolean {
  return CLOSING_MARKS.test(text) || (straightCount(text) > 0 && straightCount(text) % 2 === 0);
}

/** The mark that closes a quote opened in an earlier paragraph: a » or ” before any « or “, or the first of an
 *  odd number of straight quotes. -1 when there is none. */
function closesUnopened(text: string): number {
  const close = text.search(CLOSING_MARKS);
  const open = text.search(OPENING_MARKS);
  if (close >= 0 && (open < 0 || open > close)) return close;
  if (close < 0 && open < 0 && straightCount(text) % 2 === 1) return text.indexOf('"');
  return -1;
}

function straightCount(text: string): number {
  let count = 0;
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1)) count += 1;
  return count;
}

/** The piece between two marks, without the spaces and stray punctuation right inside them: « : oui » quotes
 *  "oui". Leaving them outside also lets the UI space each fragment around a quote on its own (french-spacing.ts). */
export function piece(text: string, paragraph: number, open: number, close: number): QuotePiece {
  let start = open + 1;
  let end = close;
  // Guillemets left inside a quote of another kind are stray marks, not words: “ » le « ” quotes "le".
  while (start < end && /[\s\u00A0\u202F,;:!?«»]/u.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s\u00A0\u202F«»]/u.test(text[end - 1] ?? '')) end -= 1;
  return { paragraph, open, close, start, end, group: null, attribution: null };
}

/** The first « or “ after `from` that no closing mark follows, or the last of an odd number of straight quotes:
 *  a quote that goes on in the next paragraph. */
function unclosedOpening(text: string, from: number): number {
  const rest = text.slice(from + 1);
  const open = rest.search(OPENING_MARKS);
  if (open >= 0 && !CLOSING_MARKS.test(rest.slice(open))) return from + 1 + open;
  const straight = text.lastIndexOf('"');
  if (open < 0 && straight > from && straightCount(text) % 2 === 1) return straight;
  return -1;
}
