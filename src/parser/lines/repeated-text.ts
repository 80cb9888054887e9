// Sets aside text the page prints twice: the title again above the article, and pull quotes, words of a paragraph
// printed again in large type beside it ("Ce gel PIP est "une formule non brevetée…", ajoute M. Mas").
import { lastMark } from './clutter-key';
import { isProse, isTextLine, type ReadLine } from './read-line';

/** A pull quote is a sentence or two: long enough to be a passage, not a common phrase. */
const PULL_QUOTE_MIN_WORDS = 6;
const PULL_QUOTE_MAX_WORDS = 60;
/** A pull quote stands near the paragraph it repeats (nine lines away at most in the corpus): comparing each line
 *  with its neighbours only keeps the rule linear on long articles. */
const PULL_QUOTE_REACH_LINES = 20;

export function markRepeatedText(lines: ReadLine[], title: string): void {
  const titleWords = wordsOf(title);
  const titlePhrase = ` ${titleWords.join(' ')} `;
  // Each line's words, worked out only for the lines a rule compares: most lines are never compared.
  const phrases: (string | undefined)[] = [];
  const phraseOf = (index: number): string => {
    let phrase = phrases[index];
    if (phrase === undefined) {
      const line = lines[index];
      phrase = line !== undefined && isTextLine(line) ? ` ${wordsOf(line.text).join(' ')} ` : '';
      phrases[index] = phrase;
    }
    return phrase;
  };

  let pairs: Map<string, number[]> | undefined;
  let firstProse: number | undefined;
  lines.forEach((line, index) => {
    if (!isTextLine(line) || line.words === 0) return;
    if (titleWords.length > 0 && line.text.length <= 2 * title.length && mayOpenWith(line.text, titleWords[0]!) && phraseOf(index) === titlePhrase) {
      line.reading = { kind: 'set-aside', reason: 'repeated-title' };
      return;
    }
    if (line.words < PULL_QUOTE_MIN_WORDS || line.words > PULL_QUOTE_MAX_WORDS || !looksLikePullQuote(line.text)) return;
    const phrase = phraseOf(index);
    const from = Math.max(0, index - PULL_QUOTE_REACH_LINES);
    const to = Math.min(lines.length - 1, index + PULL_QUOTE_REACH_LINES);
    const repeats = (other: number): boolean => {
      const otherLine = lines[other];
      if (other === index || otherLine === undefined || !isTextLine(otherLine) || otherLine.words < line.words) return false;
      const otherText = phraseOf(other);
      if (!otherText.includes(phrase)) return false;
      // A shorter passage found inside a paragraph is its pull quote. The same words twice are a pull quote only when
      // one copy is not a sentence (no final period) and the other is: a page repeating its standfirst keeps both.
      const sameWords = otherText.length === phrase.length;
      return !sameWords || (!/[.!?…]/u.test(lastMark(line.text)) && /[.!?…]/u.test(lastMark(otherLine.text)));
    };
    for (let other = from; other <= to; other++) {
      if (repeats(other)) {
        line.reading = { kind: 'set-aside', reason: 'pull-quote' };
        return;
      }
    }
    // A long whole quote printed above the first paragraph of prose may repeat, trimmed by an editor, an answer far
    // below ("Je suis contre la politique …" for "Je suis donc contre la politique …"). Its pairs of words are looked
    // up among those of every paragraph, indexed once, so the rule stays linear. An intertitle in quote marks is
    // shorter and quotes the paragraph right below it; a quote among the paragraphs is the article's own.
    if (!isWholeQuote(line.text) || line.words < FAR_PULL_QUOTE_MIN_WORDS) return;
    firstProse ??= lines.findIndex((candidate) => isProse(candidate));
    if (firstProse >= 0 && index > firstProse) return;
    pairs ??= indexWordPairs(lines, phraseOf);
    const repeated = paragraphRepeated(phrase, pairs, index);
    const repeatedLine = repeated === null || (repeated >= from && repeated <= to) ? undefined : lines[repeated];
    if (repeatedLine !== undefined && repeatedLine.words > line.words) {
      line.reading = { kind: 'set-aside', reason: 'pull-quote' };
    }
  });
}

/** Longer than any intertitle (15 words at most in the corpus). */
const FAR_PULL_QUOTE_MIN_WORDS = 16;
/** A pull quote keeps most of its paragraph's pairs of words: "la politique", "politique lénifiante"… */
const SHARED_PAIRS_MIN = 0.75;
/** A pair found in more lines than this is a common phrase ("de la"): it tells nothing, and reading its lines costs. */
const PAIR_MAX_LINES = 12;

/** The lines each pair of consecutive words appears in, for the text lines of the page. */
function indexWordPairs(lines: readonly ReadLine[], phraseOf: (index: number) => string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  lines.forEach((line, number) => {
    if (!isTextLine(line) || line.words < PULL_QUOTE_MIN_WORDS) return;
    for (const pair of wordPairs(phraseOf(number))) {
      const found = index.get(pair);
      if (found === undefined) index.set(pair, [number]);
      else if (found.at(-1) !== number && found.length <= PAIR_MAX_LINES) found.push(number);
    }
  });
  return index;
}

/** The other line that holds most of the phrase's pairs of words, if it holds enough of them. */
function paragraphRepeated(phrase: string, index: ReadonlyMap<string, readonly number[]>, self: number): number | null {
  const hits = new Map<number, number>();
  let telling = 0;
  for (const pair of new Set(wordPairs(phrase))) {
    const found = index.get(pair);
    if (found === undefined || found.length > PAIR_MAX_LINES) continue;
    telling += 1;
    for (const line of found) if (line !== self) hits.set(line, (hits.get(line) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestHits = 0;
  for (const [line, count] of hits) {
    if (count > bestHits) {
      best = line;
      bestHits = count;
    }
  }
  return telling > 0 && bestHits >= SHARED_PAIRS_MIN * telling ? best : null;
}

function wordPairs(phrase: string): string[] {
  const words = phrase.trim().split(' ').filter(Boolean);
  const pairs: string[] = [];
  for (let index = 1; index < words.length; index++) pairs.push(`${words[index - 1]} ${words[index]}`);
  return pairs;
}

function isWholeQuote(text: string): boolean {
  return /^[«“"]/u.test(text) && /[»”"]$/u.test(text.trimEnd());
}

/** A pull quote is printed as a quote ("« … »" for the whole line) or as a fragment without a sentence's end; a
 *  paragraph of the article is a sentence. Only those lines are compared, which keeps the rule cheap. */
function looksLikePullQuote(text: string): boolean {
  return isWholeQuote(text) || !/[.!?…]/u.test(lastMark(text));
}

/** Letters and digits, lower case: how two copies of a passage are compared, punctuation and spacing aside. */
function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** False when the line's first word is certainly not `word` (lowercase letters or digits): read only when that first
 *  word is plain ASCII, the common case, so that comparing each line with the title costs no copy of the line. */
function mayOpenWith(text: string, word: string): boolean {
  let start = 0;
  while (start < text.length && isAsciiSeparator(text.charCodeAt(start))) start += 1;
  let end = start;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end += 1;
  // Anything else (an accent, a mark that would compose with the last letter) is left to the full comparison.
  if (end === start || (end < text.length && text.charCodeAt(end) >= 128)) return true;
  return text.slice(start, end).toLowerCase() === word;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII that is neither a letter nor a digit: a space, a mark, a bracket. */
function isAsciiSeparator(code: number): boolean {
  return code < 128 && !isAsciiLetterOrDigit(code);
}
