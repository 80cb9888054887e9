// Lines that are furniture only because of where they stand: a person's name beside a date line is a byline, a price
// beside a paywall line is the offer, a short label between two lines of furniture belongs to them, a lone word
// before the article's first paragraph is a section label. The line alone leaves them unsure; their neighbours don't.
import { clutterKey, endsWithPunctuation } from './clutter-key';
import { isFurnitureLine, isProse, isTextLine, type ReadLine } from './read-line';

/** A label among furniture ("La lettre politique", "Castres et Pays castrais") is a few words. */
const LABEL_MAX_WORDS = 6;
/** At the top of the page, only a label this short (a rubric: "Politique", "International") counts. */
const TOP_LABEL_MAX_WORDS = 1;
/** An offer is short: "à partir de 54€ seulement", "1,99€ par mois pendant 6 mois. Sans engagement.". */
const OFFER_MAX_WORDS = 12;
const PRICE = /#(?:,#)?[\s\u00A0]?€|€[\s\u00A0]?#/u;

export function markPageFurniture(lines: ReadLine[]): void {
  // Names beside bylines, dates and credits; offers beside paywall lines. Bylines first: a name line can make its
  // neighbour count as furniture.
  lines.forEach((line, index) => {
    const { reading } = line;
    const neighbours = [lines[index - 1], lines[index + 1]].filter((neighbour): neighbour is ReadLine => neighbour !== undefined);
    if (reading.kind === 'name-line') {
      if (neighbours.some((neighbour) => isBylineOrDateline(neighbour))) line.reading = { kind: 'byline', names: reading.names };
      return;
    }
    if (reading.kind === 'paragraph' && line.words <= OFFER_MAX_WORDS && PRICE.test(clutterKey(line.text) ?? '')) {
      const besidePaywall = neighbours.some((neighbour) => neighbour.reading.kind === 'set-aside' && neighbour.reading.reason === 'subscription');
      if (besidePaywall) line.reading = { kind: 'set-aside', reason: 'subscription' };
    }
  });

  // Runs of short labels between two lines of furniture.
  let runStart = -1;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line !== undefined && isTextLine(line) && isLabel(line)) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0) {
      const before = lines[runStart - 1];
      const closedBefore = before === undefined ? wordsIn(lines, runStart, index) <= TOP_LABEL_MAX_WORDS : isFurnitureLine(before);
      const closedAfter = line !== undefined && isFurnitureLine(line);
      if (closedBefore && closedAfter) {
        for (const label of lines.slice(runStart, index)) label.reading = { kind: 'set-aside', reason: 'navigation' };
      }
      runStart = -1;
    }
  }
}

/** A rubric above the article ("Politique", "Nouvelles locales", "Revue de presse Afrique", "- Équipe de France") or
 *  a label below it ("Leparisien", "actualités et économie"): a few words, no sentence. */
const EDGE_LABEL_MAX_WORDS = 4;

/**
 * Before the article's first paragraph of prose, a short label is the page's rubric; after its last, a label
 * followed by more furniture is the page's too, and so is a single word (a site's name, a writer's initials). A
 * last line of a few words with nothing after it ("Affaire à suivre") may be the article's own, and stays.
 */
export function markEdgeLabels(lines: ReadLine[]): void {
  const firstProse = lines.findIndex((line) => isProse(line));
  if (firstProse < 0) return;
  let lastProse = firstProse;
  lines.forEach((line, index) => {
    if (isProse(line)) lastProse = index;
  });
  lines.forEach((line, index) => {
    if (line.reading.kind !== 'paragraph' || !isEdgeLabel(line)) return;
    if (index < firstProse) {
      line.reading = { kind: 'set-aside', reason: 'navigation' };
      return;
    }
    if (index <= lastProse) return;
    const next = lines[index + 1];
    if (line.words === 1 || (next !== undefined && isFurnitureLine(next))) line.reading = { kind: 'set-aside', reason: 'navigation' };
  });
}

function isEdgeLabel(line: ReadLine): boolean {
  return line.words > 0 && line.words <= EDGE_LABEL_MAX_WORDS && !endsWithPunctuation(line.text);
}

function isBylineOrDateline(line: ReadLine): boolean {
  const { reading } = line;
  return reading.kind === 'byline' || (reading.kind === 'set-aside' && (reading.reason === 'dateline' || reading.reason === 'credit'));
}

/** A label has no sentence's end: "Castres et Pays castrais", "Chez-vous /". */
function isLabel(line: ReadLine): boolean {
  return line.words <= LABEL_MAX_WORDS && !endsWithPunctuation(line.text);
}

function wordsIn(lines: readonly ReadLine[], from: number, to: number): number {
  return lines.slice(from, to).reduce((sum, line) => sum + line.words, 0);
}
