// Repairs the scrape and machine-translation artifacts of one line, without losing a word, and says what it did.
import type { RepairKind } from './article';
import { RULES } from './rules';

export interface TextRepair {
  kind: RepairKind;
  before: string;
  after: string;
}

export function repairText(text: string): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  let current = text;
  current = applyRule(current, RULES.genderTag, 'gender-tag', repairs, removeGenderTag);
  current = applyRule(current, RULES.doubledEndMark, 'doubled-punctuation', repairs, dropStrayPeriod);
  current = applyRule(current, RULES.doubledPeriod, 'doubled-punctuation', repairs, () => '.');
  current = applyRule(current, RULES.innerSpaceRun, 'whitespace', repairs, () => ' ');
  return { text: current.trim(), repairs };
}

type Replacer = (match: string, offset: number, text: string) => string | null;

/** Replaces every match for which `replace` gives a string (null keeps the match), recording each change. */
function applyRule(text: string, pattern: RegExp, kind: RepairKind, repairs: TextRepair[], replace: Replacer): string {
  let output = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start < last) continue;
    const replacement = replace(match[0], start, text);
    if (replacement === null) continue;
    let stop = start + match[0].length;
    // A tag between two spaces leaves one of them: "COVID-19 [feminine] vaccins" → "COVID-19 vaccins".
    if (replacement === '' && text[start - 1] === ' ' && text[stop] === ' ') stop += 1;
    output += text.slice(last, start) + replacement;
    last = stop;
    const from = backToCodePoint(text, Math.max(0, start - RULES.repairExcerptChars));
    const to = backToCodePoint(text, Math.min(text.length, stop + RULES.repairExcerptChars));
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
