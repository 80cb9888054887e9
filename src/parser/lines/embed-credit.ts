// Recognises the credit line an embedded tweet leaves in a scrape: "— Nadine Morano (@nadine__morano) June 4, 2012".
import { isTextLine, type ReadLine } from './read-line';
// The line before it is the tweet's text, shown by the page as a card: the lines pass sets both aside.

/** A dash, the author's name, "(@handle)", then the date the card prints. Only run on short lines. */
const EMBED_CREDIT = /^[—–-]{1,2}[\s\u00A0]*[^()\n]{1,80}\(@[A-Za-z0-9_]{1,30}\)[\s\u00A0]+[^\n]{0,40}\d{4}\.?$/u;
const EMBED_CREDIT_MAX_CHARS = 200;

export function isEmbedCredit(line: string): boolean {
  return line.length <= EMBED_CREDIT_MAX_CHARS && EMBED_CREDIT.test(line);
}

/** The tweet's text is the line just before its credit line: the page shows it as a card, not as the article's text
 *  (an article that quotes the tweet does so in its own paragraph, which stays). */
export function markEmbedCards(lines: ReadLine[]): void {
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (line.reading.kind === 'set-aside' && line.reading.reason === 'embed-credit' && previous !== undefined && isTextLine(previous)) {
      previous.reading = { kind: 'set-aside', reason: 'embed' };
    }
  });
}
