// Sets aside text the page prints twice: the title again above the article, and pull quotes, words of a paragraph
// printed again in large type beside it ("Ce gel PIP est "une formule non brevetée…", ajoute M. Mas").
import { lastMark } from './clutter-key';
import { isTextLine, type ReadLine } from './read-line';

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

  lines.forEach((line, index) => {
    if (!isTextLine(line) || line.words === 0) return;
    if (titleWords.length > 0 && line.text.length <= 2 * title.length && phraseOf(index) === titlePhrase) {
      line.reading = { kind: 'set-aside', reason: 'repeated-title' };
      return;
    }
    if (line.words < PULL_QUOTE_MIN_WORDS || line.words > PULL_QUOTE_MAX_WORDS || !looksLikePullQuote(line.text)) return;
    const phrase = phraseOf(index);
    const from = Math.max(0, index - PULL_QUOTE_REACH_LINES);
    const to = Math.min(lines.length - 1, index + PULL_QUOTE_REACH_LINES);
    for (let other = from; other <= to; other++) {
      const otherLine = lines[other];
      if (other === index || otherLine === undefined || !isTextLine(otherLine) || otherLine.words < line.words) continue;
      const otherText = phraseOf(other);
      if (!otherText.includes(phrase)) continue;
      // A shorter passage found inside a paragraph is its pull quote. The same words twice are a pull quote only when
      // one copy is not a sentence (no final period) and the other is: a page repeating its standfirst keeps both.
      const sameWords = otherText.length === phrase.length;
      if (!sameWords || (!/[.!?…]/u.test(lastMark(line.text)) && /[.!?…]/u.test(lastMark(otherLine.text)))) {
        line.reading = { kind: 'set-aside', reason: 'pull-quote' };
        return;
      }
    }
  });
}

/** A pull quote is printed as a quote ("« … »" for the whole line) or as a fragment without a sentence's end; a
 *  paragraph of the article is a sentence. Only those lines are compared, which keeps the rule cheap. */
function looksLikePullQuote(text: string): boolean {
  const wholeQuote = /^[«“"]/u.test(text) && /[»”"]$/u.test(text.trimEnd());
  return wholeQuote || !/[.!?…]/u.test(lastMark(text));
}

/** Letters and digits, lower case: how two copies of a passage are compared, punctuation and spacing aside. */
function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
