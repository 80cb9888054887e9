// Sets aside the list of other stories a page prints under "Lire aussi", "Sur le même sujet", "Articles en relation":
// each line after the header that reads like a headline is a teaser, until a line reads like the article again.
import { TEASER_LIST_HEADERS } from '../lexicon/fr/site-clutter';
import { clutterKey, endsWithPunctuation, readsLikeHeadline, startsAsListItem } from './clutter-key';
import { isFurnitureLine, isProse, isTextLine, type ReadLine } from './read-line';

const HEADERS = new Set(TEASER_LIST_HEADERS);

export function markTeaserLists(lines: ReadLine[]): void {
  let inList = false;
  for (const line of lines) {
    const { reading } = line;
    if (reading.kind === 'set-aside' && reading.reason === 'teaser' && HEADERS.has(clutterKey(line.text) ?? '')) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    // Buttons and credits between the headlines do not end the list; a caption, or a sentence, does.
    if (isFurnitureLine(line)) continue;
    if (isTextLine(line) && readsLikeHeadline(line.text, line.words)) line.reading = { kind: 'set-aside', reason: 'teaser' };
    else inList = false;
  }
}

/** Three headlines in a row, with no header, are a list of other stories too: an article never runs three short
 *  lines without a sentence's end, unless it makes a list ("- Adresse : …"), which has its markers. */
const HEADLINE_RUN_MIN_LINES = 3;

/** A headline of a list without header: not a sentence, not a question (interviews print those), not a list item. */
function isBareHeadline(line: ReadLine): boolean {
  return isTextLine(line) && line.words > 0 && readsLikeHeadline(line.text, line.words) && !startsAsListItem(line.text) && !endsWithPunctuation(line.text);
}

/**
 * Sets aside a run of such headlines where the page keeps its lists: before the article's first paragraph of prose,
 * after its last one, or between two lines of furniture. Between two paragraphs, a run of short lines may be the
 * article's own (intertitles, a poem), and stays.
 */
export function markHeadlineRuns(lines: ReadLine[]): void {
  const firstProse = lines.findIndex((line) => isProse(line));
  let lastProse = -1;
  lines.forEach((line, index) => {
    if (isProse(line)) lastProse = index;
  });
  let runStart = -1;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line !== undefined && isBareHeadline(line)) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0) {
      const before = lines[runStart - 1];
      const inHead = firstProse < 0 || index <= firstProse;
      const inTail = runStart > lastProse;
      const amongFurniture = before !== undefined && !isTextLine(before) && (line === undefined || isFurnitureLine(line));
      if (index - runStart >= HEADLINE_RUN_MIN_LINES && (inHead || inTail || amongFurniture)) {
        for (const headline of lines.slice(runStart, index)) headline.reading = { kind: 'set-aside', reason: 'teaser' };
      }
      runStart = -1;
    }
  }
}
