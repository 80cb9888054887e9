// How the lines pass compares a line with the site-clutter lexicon: one key for "418 commentaires", "418 Commentaires :"
// and "+ 418 commentaires", so that the lexicon lists each button or label once.
import { codeTest } from '../text-patterns';

/** Markers that scrapes leave around a link or a button: "+ Tout savoir", "> VIDEOS", "Contenu réservé |", "Par :". */
const LEADING_MARKERS = /^[+>•›»|\s\u00A0]+/u;
/** What a line's end may carry after its words (spaces, a colon, a bar, an arrow): cut from the end, read
 *  backwards, for a pattern anchored at the end is tried from every space of the line. */
const isTrailingMarker = codeTest(/^[\s\u00A0:|»›>]$/u);
const APOSTROPHES = /['‘ʼ`´]/g;
const DIGITS = /\d+/g;
/** A run of spaces that is not already one plain space: "a  b", "a\u00A0b", a tab. A single space, nearly every
 *  space of a line, is left alone, so most lines are not copied for nothing. */
const SPACE_RUN = /[\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF][\s\u00A0\u202F]*| [\s\u00A0\u202F]+/gu;

/** Lines longer than this are read as text, never as a button or a label: it also bounds every clutter pattern. */
export const CLUTTER_KEY_MAX_CHARS = 300;

/** The rules of the lines pass ask for the key of the same line one after the other: the last one is kept. */
let lastLine: string | null = null;
let lastKey: string | null = null;

/** "+ 418 Commentaires :" → "# commentaires"; null for a line too long to be a button, a label or a prompt. */
export function clutterKey(line: string): string | null {
  if (line.length > CLUTTER_KEY_MAX_CHARS) return null;
  if (line === lastLine) return lastKey;
  lastLine = line;
  // Accents typed as combining marks ("e" + "\u0301") are composed, so "é" is one letter whatever the scrape did.
  lastKey = (isComposedAlready(line) ? line : line.normalize('NFC'))
    .toLowerCase()
    .replace(APOSTROPHES, '’')
    .replace(SPACE_RUN, ' ')
    .replace(LEADING_MARKERS, '')
    .replace(DIGITS, '#');
  lastKey = withoutTrailingMarkers(lastKey);
  return lastKey;
}

/** Whether normalising to NFC would leave the line as it is, told from its characters alone: all before the combining
 *  marks (U+0300), or the dashes, quotes and ellipsis of U+2010–U+2027, the narrow no-break space or "€", none of which
 *  composes or is replaced. Nearly every French line is, and is not copied by a normalisation. */
function isComposedAlready(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code < 0x300 || (code >= 0x2010 && code <= 0x2027) || code === 0x202f || code === 0x20ac) continue;
    return false;
  }
  return true;
}

function withoutTrailingMarkers(key: string): string {
  let end = key.length;
  while (end > 0 && isTrailingMarker(key.charCodeAt(end - 1))) end -= 1;
  return end === key.length ? key : key.slice(0, end);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00A0\u202F]/u;
let lastCounted: string | null = null;
let lastCount = 0;

/** How many words a line has, as a reader counts them: runs between spaces that hold a letter or a digit ("—" and
 *  "…" alone are not words). Read character by character, ASCII without a regex: every line of every article
 *  is counted, some more than once. */
export function wordCount(text: string): number {
  if (text === lastCounted) return lastCount;
  let count = 0;
  let counted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) counted = false;
      else if (!counted && ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122))) {
        count += 1;
        counted = true;
      }
      continue;
    }
    const character = text[index] ?? '';
    if (SPACE.test(character)) counted = false;
    else if (!counted && LETTER_OR_DIGIT.test(character)) {
      count += 1;
      counted = true;
    }
  }
  lastCounted = text;
  lastCount = count;
  return count;
}

/** Closing marks after a line's last word: "… « Il était son pire ennemi »", "… (sondage)". */
const CLOSING_MARKS = /[\s\u00A0»”"’)\]]+$/u;
/** A headline in a list of other stories is short and is not a sentence: no period at its end ("…?" and "…!" are
 *  headlines too). */
export const HEADLINE_MAX_WORDS = 20;

export function readsLikeHeadline(text: string, words: number = wordCount(text)): boolean {
  if (words > HEADLINE_MAX_WORDS || text.length > HEADLINE_MAX_WORDS * 10) return false;
  const end = text.replace(CLOSING_MARKS, '');
  return !/(?<!\.)\.$|[;,]$/u.test(end);
}

/** The last mark of a line once its closing quotes and brackets are set apart: "." for "« Non. »". Read from the
 *  end: the closing marks' pattern would be tried at every space of a long paragraph. */
export function lastMark(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARK.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(end - 1, end);
}
const CLOSING_MARK = /^[\s\u00A0»”"’)\]]$/u;

/** A line that ends as a sentence or a clause does ("…", ":", ","): not a label, a headline or an intertitle. */
export function endsWithPunctuation(text: string): boolean {
  return /[.!?…:;,]/u.test(lastMark(text));
}

/** "- Adresse : …", "* ORANGE. …", "• …": a list item, which is neither a heading nor a bare headline. */
export function startsAsListItem(text: string): boolean {
  return /^[-–—*•·]/u.test(text);
}
