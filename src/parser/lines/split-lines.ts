// Splits the raw text of a scrape into its non-empty lines, numbered as a text editor numbers them.

/** Scrapes mix LF, CRLF and lone CR (old Mac exports): each is one line break. Every non-empty line is a block,
 *  whether blank lines or single line breaks separate the paragraphs. */
const LINE_BREAK = /\r\n|\r|\n/;

/** A UTF-8 byte order mark, left by some editors at the start of the file; it is not text. */
export const BYTE_ORDER_MARK = '\uFEFF';

export interface SourceLine {
  /** 1-based, counting blank lines too, so that an editor can go to it. */
  number: number;
  /** The line without the spaces and tabs around it. */
  text: string;
}

export function splitLines(raw: string): SourceLine[] {
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  const lines: SourceLine[] = [];
  let number = 0;
  for (const line of text.split(LINE_BREAK)) {
    number += 1;
    const trimmed = line.trim();
    if (trimmed !== '') lines.push({ number, text: trimmed });
  }
  return lines;
}
