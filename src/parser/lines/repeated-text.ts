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
  const titleWords = ` ${wordsOf(title).join(' ')} `;
  const texts = lines.map((line) => (isTextLine(line) ? ` ${wordsOf(line.text).join(' ')} ` : ''));
  const counts = texts.map((text) => (text === '' ? 0 : text.split(' ').length - 2));

  lines.forEach((line, index) => {
    const phrase = texts[index] ?? '';
    const words = counts[index] ?? 0;
    if (!isTextLine(line) || words === 0) return;
    if (titleWords.trim() !== '' && phrase === titleWords) {
      line.reading = { kind: 'set-aside', reason: 'repeated-title' };
      return;
    }
    if (words < PULL_QUOTE_MIN_WORDS || words > PULL_QUOTE_MAX_WORDS) return;
    const from = Math.max(0, index - PULL_QUOTE_REACH_LINES);
    const to = Math.min(lines.length - 1, index + PULL_QUOTE_REACH_LINES);
    for (let other = from; other <= to; other++) {
      const otherLine = lines[other];
      const otherText = texts[other] ?? '';
      if (other === index || otherLine === undefined || otherText.length < phrase.length || !otherText.includes(phrase)) continue;
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

/** Letters and digits, lower case: how two copies of a passage are compared, punctuation and spacing aside. */
function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
