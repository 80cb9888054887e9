// Test helper: lines of a page as the lines pass reads them one by one, before the page-level rules.
import { wordCount } from '../../../src/parser/lines/clutter-key';
import { readLine, type ReadLine } from '../../../src/parser/lines/read-line';

export function readLines(texts: readonly string[]): ReadLine[] {
  return texts.map((text, index) => ({ number: index + 2, text, words: wordCount(text), reading: readLine(text), repairs: [] }));
}

/** What each line became, in a word: its kind, or the reason it was set aside. */
export function outcome(lines: readonly ReadLine[]): string[] {
  return lines.map(({ reading }) => (reading.kind === 'set-aside' ? reading.reason : reading.kind));
}
