// Splits the raw text of a scrape into its non-empty lines, numbered as a text editor numbers them.
import { RULES } from './rules';

export interface SourceLine {
  /** 1-based, counting blank lines too, so that an editor can go to it. */
  number: number;
  /** The line without the spaces and tabs around it. */
  text: string;
}

export function splitLines(raw: string): SourceLine[] {
  const text = raw.startsWith(RULES.byteOrderMark) ? raw.slice(RULES.byteOrderMark.length) : raw;
  const lines: SourceLine[] = [];
  let number = 0;
  for (const line of text.split(RULES.lineBreak)) {
    number += 1;
    const trimmed = line.trim();
    if (trimmed !== '') lines.push({ number, text: trimmed });
  }
  return lines;
}
