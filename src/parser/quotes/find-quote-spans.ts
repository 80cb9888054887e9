// Pairs the quote marks of a paragraph, in one pass, skipping marks that belong to code or markup quoted in it.
import { matchesOf } from '../text-patterns';

/** Opening and closing marks of direct speech. Straight quotes open and close with the same character. */
const QUOTE_MARKS = [
  { open: '«', close: '»' },
  { open: '“', close: '”' },
  { open: '"', close: '"' },
] as const;

/** A quote mark right after "=" is an attribute value quoted from markup (onerror="…", href="…"), not speech. */
const MARKUP_QUOTE_PREFIX = '=';
/** A straight quote right after "(", "[", "{" or "," opens a string of quoted code (alert("x"), f(a,"b")):
 *  prose puts a space before its quotes. Curly quotes are left alone there: "(“truc bon marché”)" is prose. */
const CODE_STRING_PREFIXES = '([{,';
/** Backticks delimit code quoted in an article; beyond this distance a backtick is a stray apostrophe. */
const CODE_SPAN_MAX_CHARS = 200;
/** "<" followed by a letter, "/" or "!" opens a tag quoted from markup; its attribute quotes are not speech.
 *  A ">" farther than this is not the tag's end. */
const TAG_START = /^[A-Za-z/!]$/;
const TAG_MAX_CHARS = 500;

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

interface Interval {
  start: number;
  end: number;
}

/**
 * Each kind of mark is paired on its own: a closing mark pairs with the latest unpaired opening mark of its kind,
 * and a straight quote closes the one before it. An opening mark that is never closed pairs with nothing, so it
 * cannot swallow the rest of the paragraph. Where pairs nest or cross, the outer (earlier) one wins: a quote
 * inside a quote is part of what is said. Every step moves forward: tens of thousands of unmatched marks cost
 * one scan, not one scan each.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const masks = findCodeAndMarkup(text);
  const openings = QUOTE_MARKS.map(() => -1);
  const pairs: QuoteSpan[] = [];
  // A straight quote that closed a pair but reads as an opening ("non brevetée, "car ça …", ajoute X): if the next
  // straight quote finds nothing open and reads as a closing, the scrape lost a mark and this one serves both.
  let reopenable = -1;
  let mask = 0;
  for (const found of matchesOf(anyQuoteMark, text)) {
    const index = found.index;
    while (mask < masks.length && (masks[mask]?.end ?? 0) < index) mask += 1;
    if ((masks[mask]?.start ?? Infinity) <= index) continue;
    const char = found[0];
    for (let kind = 0; kind < QUOTE_MARKS.length; kind++) {
      const mark = QUOTE_MARKS[kind];
      const opened = openings[kind] ?? -1;
      if (!mark || (char !== mark.open && char !== mark.close)) continue;
      if (char === mark.close && opened >= 0) {
        pairs.push({ open: opened, close: index });
        openings[kind] = -1;
        if (char === '"') reopenable = readsAsOpening(text, index) ? index : -1;
      } else if (char === '"' && reopenable >= 0 && readsAsClosing(text, index)) {
        pairs.push({ open: reopenable, close: index });
        reopenable = -1;
      } else if (char === mark.open && char !== '"' && opened >= 0 && readsAsClosing(text, index)) {
        // "… freiner l’épidémie ensemble « .": an opening mark typed where the closing one goes, with nothing to
        // open after it, closes the quote.
        pairs.push({ open: opened, close: index });
        openings[kind] = -1;
      } else if (char === mark.open) {
        // A second opening mark of the same kind: the first one was never closed.
        openings[kind] = index;
      }
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  const spans: QuoteSpan[] = [];
  let lastClose = -1;
  for (const pair of pairs) {
    // A mark shared by two pairs (see reopenable) closes one and opens the next.
    if (pair.open < lastClose || (pair.open === lastClose && text[pair.open] !== '"')) continue;
    spans.push(pair);
    lastClose = pair.close;
  }
  return spans;
}

/** Space before and a letter after: how an opening straight quote stands. */
function readsAsOpening(text: string, index: number): boolean {
  return /\s/u.test(text[index - 1] ?? '') && /\p{L}/u.test(text[index + 1] ?? '');
}

/** Words before (a letter or a mark, maybe a space), and no word after on the line: how a closing mark stands. */
function readsAsClosing(text: string, index: number): boolean {
  const before = /[\p{L}\p{N}.!?…)][\s\u00A0\u202F]?$/u.test(text.slice(Math.max(0, index - 2), index));
  return before && !/^[\s\u00A0\u202F]*[\p{L}\p{N}«“"]/u.test(text.slice(index + 1, index + 8));
}

const markCharacters = [...new Set(QUOTE_MARKS.flatMap((mark) => [mark.open, mark.close]))].join('');
const anyQuoteMark = new RegExp(`[${markCharacters}]`, 'g');
const maskStart = new RegExp(`[\`<${markCharacters}]`, 'g');

/**
 * Stretches of the paragraph where quote marks are not speech: `backticked code`, <tags attr="…">, and
 * attribute values and code strings written in the text (onerror="alert(1)", alert("x")). Found in one forward pass; each search for a
 * closing character is remembered, so the pass stays linear even when the closing character never comes.
 */
function findCodeAndMarkup(text: string): Interval[] {
  const masks: Interval[] = [];
  const next = new NextIndex(text);
  const starts = maskStart;
  starts.lastIndex = 0;
  for (let found = starts.exec(text); found; found = starts.exec(text)) {
    const index = found.index;
    const char = found[0];
    let end = -1;
    if (char === '`') {
      end = next.after('`', index, CODE_SPAN_MAX_CHARS);
    } else if (char === '<') {
      if (TAG_START.test(text[index + 1] ?? '')) end = next.after('>', index, TAG_MAX_CHARS);
    } else {
      const previous = text[index - 1] ?? '';
      const mark = QUOTE_MARKS.find((candidate) => candidate.open === char);
      const code = previous === MARKUP_QUOTE_PREFIX || (char === '"' && CODE_STRING_PREFIXES.includes(previous));
      if (mark && code && previous !== '') end = next.after(mark.close, index, TAG_MAX_CHARS);
    }
    if (end >= 0) {
      masks.push({ start: index, end });
      starts.lastIndex = end + 1;
    }
  }
  return masks;
}

/** indexOf with memory: the next occurrence of a character after a position that only moves forward. */
class NextIndex {
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The next `char` after `index`, if it is at most `maxDistance` away; -1 otherwise. */
  after(char: string, index: number, maxDistance: number): number {
    let position = this.found.get(char);
    if (position === undefined || (position !== -1 && position <= index)) {
      position = this.text.indexOf(char, index + 1);
      this.found.set(char, position);
    }
    return position !== -1 && position - index <= maxDistance ? position : -1;
  }
}
