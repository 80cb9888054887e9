// Repairs the scrape and machine-translation artifacts of one line, without losing a word, and says what it did.
import type { RepairKind } from '../article';
import { matchesOf } from '../text-patterns';

export interface TextRepair {
  kind: RepairKind;
  before: string;
  after: string;
}

/** Machine translation leaks the grammatical gender of the next word as a tag: "COVID-19[femininevaccins",
 *  sometimes closed "[masculine]". The tag goes, and a space is put back if the words were glued. */
const GENDER_TAG = /\[(?:feminine|masculine|neuter)\]?/giu;

/** A sentence mark followed by a stray period: "terroriste. ." → "terroriste.". A spaced ellipsis ". . ." is
 *  writing, not an artifact, and so are "!!", "??" and "...": none of them has a space before a lone period. */
const DOUBLED_END_MARK = /[.!?…][ \t\u00A0\u202F]+\.(?=\s|$)/gu;

/** Exactly two periods after a word ("fin.."): one is a typo. Three is an ellipsis and stays. */
const DOUBLED_PERIOD = /\.\.(?<=[\p{L}\p{N}»”"')\]]\.\.)(?!\.)(?=\s|$)/gu;

/** Runs of spaces or tabs inside a line are scrape noise (a removed link or image leaves two spaces). */
const INNER_SPACE_RUN = /[ \t]{2,}/g;

/** How much text around a repair the editor sees in the review list. */
const EXCERPT_CHARS = 24;

export function repairText(text: string): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  let current = text;
  current = applyRule(current, GENDER_TAG, 'gender-tag', repairs, removeGenderTag);
  current = applyRule(current, DOUBLED_END_MARK, 'doubled-punctuation', repairs, dropStrayPeriod);
  current = applyRule(current, DOUBLED_PERIOD, 'doubled-punctuation', repairs, () => '.');
  current = applyRule(current, INNER_SPACE_RUN, 'whitespace', repairs, () => ' ');
  return { text: current.trim(), repairs };
}

/** "…de chaque mois.Source link" → "…de chaque mois.": the end of the line, before and after. */
export function gluedFooterRepair(line: string, kept: string): TextRepair {
  const from = Math.max(0, kept.length - EXCERPT_CHARS);
  const head = from > 0 ? '…' : '';
  return { kind: 'glued-footer', before: head + line.slice(from), after: head + kept.slice(from) };
}

type Replacer = (match: string, offset: number, text: string) => string | null;

/** Replaces every match for which `replace` gives a string (null keeps the match), recording each change. */
function applyRule(text: string, pattern: RegExp, kind: RepairKind, repairs: TextRepair[], replace: Replacer): string {
  let output = '';
  let last = 0;
  for (const match of matchesOf(pattern, text)) {
    const start = match.index;
    if (start < last) continue;
    const replacement = replace(match[0], start, text);
    if (replacement === null) continue;
    let stop = start + match[0].length;
    // A tag between two spaces leaves one of them: "COVID-19 [feminine] vaccins" → "COVID-19 vaccins".
    if (replacement === '' && text[start - 1] === ' ' && text[stop] === ' ') stop += 1;
    output += text.slice(last, start) + replacement;
    last = stop;
    const from = backToCodePoint(text, Math.max(0, start - EXCERPT_CHARS));
    const to = backToCodePoint(text, Math.min(text.length, stop + EXCERPT_CHARS));
    const head = (from > 0 ? '…' : '') + text.slice(from, start);
    const tail = text.slice(stop, to) + (to < text.length ? '…' : '');
    repairs.push({ kind, before: head + text.slice(start, stop) + tail, after: head + replacement + tail });
  }
  return last === 0 ? text : output + text.slice(last);
}

/** "COVID-19[femininevaccins" → "COVID-19 vaccins": a space comes back only where the tag glued two words. */
function removeGenderTag(match: string, offset: number, text: string): string {
  const before = text[offset - 1] ?? '';
  const after = text[offset + match.length] ?? '';
  return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? ' ' : '';
}

/** "terroriste. ." → "terroriste.", but a spaced ellipsis ". . ." stays as written. */
function dropStrayPeriod(match: string, offset: number, text: string): string | null {
  const mark = match[0] ?? '';
  const end = offset + match.length;
  const partOfSpacedEllipsis =
    (mark === '.' && /[.][ \t\u00A0\u202F]+$/u.test(text.slice(Math.max(0, offset - 3), offset))) ||
    /^[ \t\u00A0\u202F]+\./u.test(text.slice(end, end + 3));
  return partOfSpacedEllipsis ? null : mark;
}

function backToCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}
