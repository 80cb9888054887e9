// Where a sentence ends, for the refiners that read a date's clause or ask whether two dates share a sentence.
// "M. Ghosn" and "10.500 manifestants" are not ends; "la France.Depuis" (a glued scrape) is.

/** Whether the character at `index` ends a sentence. */
export function endsSentence(text: string, index: number): boolean {
  const mark = text[index];
  if (mark === '!' || mark === '?' || mark === ';') return true;
  if (mark !== '.') return false;
  const next = text[index + 1];
  if (next !== undefined && /\d/u.test(next)) return false;
  // An initial or a title's abbreviation: "M. Ghosn", "J.-C.", "Mme."
  const before = text.slice(Math.max(0, index - 3), index);
  if (/(?:^|[^\p{L}])\p{Lu}$/u.test(before) || /(?:^|[^\p{L}])(?:Mme|Mgr|Dr|St)$/u.test(before)) return false;
  return next === undefined || /[\s\p{Lu}«"“]/u.test(next);
}

/** Whether a sentence ends between two offsets of the same text. */
export function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (endsSentence(text, index)) return true;
  return false;
}
