// Finds intertitles: a short line without a sentence's end, between two paragraphs, as Le Monde, Le Soir and others
// publish them ("Liquidation judiciaire", "« Il était son pire ennemi »"). A heading opens a part of the article, so
// it needs a paragraph before it and a paragraph after it: a line before the first paragraph is a standfirst, a
// kicker or a byline, never a heading; a caption, a byline or a clutter line is read as such before this rule.
import { endsWithPunctuation, startsAsListItem, wordCount } from './clutter-key';
import { isFurnitureLine, isProse, type ReadLine } from './read-line';

/** Intertitles are a few words; the longest in the corpus has 14 ("19h33. Reconfinement : chez les coiffeurs, …"). */
const HEADING_MAX_WORDS = 15;
const HEADING_MAX_CHARS = 120;
/** A heading opens with a capital, a digit or a quote mark, and ends without punctuation: a question is an
 *  interviewer's, a colon announces what follows. */
const OPENING = /^[\p{Lu}\p{N}«“"‘']/u;

export function isHeadingText(text: string, words: number = wordCount(text)): boolean {
  return (
    words <= HEADING_MAX_WORDS &&
    text.length <= HEADING_MAX_CHARS &&
    OPENING.test(text) &&
    !startsAsListItem(text) &&
    !endsWithPunctuation(text)
  );
}

export function markHeadings(lines: ReadLine[]): void {
  // The next line that is not furniture, for every line: one pass from the end.
  const nextBlock: (ReadLine | undefined)[] = new Array<ReadLine | undefined>(lines.length);
  let following: ReadLine | undefined;
  for (let index = lines.length - 1; index >= 0; index--) {
    nextBlock[index] = following;
    const line = lines[index];
    if (line !== undefined && !isFurnitureLine(line)) following = line;
  }
  let previousBlock: ReadLine | undefined;
  lines.forEach((line, index) => {
    if (isFurnitureLine(line)) return;
    const before = previousBlock;
    previousBlock = line;
    // A person's name alone stays text: a byline the rules could not place is likelier than an intertitle.
    if (line.reading.kind !== 'paragraph' || !isHeadingText(line.text, line.words)) return;
    if (before === undefined || !isProse(before) || !isProse(nextBlock[index])) return;
    line.reading = { kind: 'heading', text: line.text };
  });
}
