// Sets aside text the page prints twice: the title again above the article, and pull quotes, words of a paragraph
// printed again in large type beside it ("Ce gel PIP est "une formule non brevetée…", ajoute M. Mas").
import { lastMark } from './clutter-key';
import { isTextLine, type ReadLine } from './read-line';

/** A pull quote is a sentence or two: long enough to be a passage, not a common phrase. */
const PULL_QUOTE_MIN_WORDS = 6;
const PULL_QUOTE_MAX_WORDS = 60;
/** Paragraphs are found by their first words, so that each line is compared with the few that share them. */
const ANCHOR_WORDS = 4;

export function markRepeatedText(lines: ReadLine[], title: string): void {
  const titleWords = wordsOf(title).join(' ');
  const texts = lines.map((line) => (isTextLine(line) ? wordsOf(line.text) : []));

  // Every run of ANCHOR_WORDS words of every paragraph, with where it starts: one pass over the text.
  const anchors = new Map<string, number[]>();
  texts.forEach((words, index) => {
    for (let start = 0; start + ANCHOR_WORDS <= words.length; start++) {
      const key = words.slice(start, start + ANCHOR_WORDS).join(' ');
      const found = anchors.get(key);
      if (found === undefined) anchors.set(key, [index]);
      else if (found[found.length - 1] !== index) found.push(index);
    }
  });

  lines.forEach((line, index) => {
    const words = texts[index] ?? [];
    if (!isTextLine(line) || words.length === 0) return;
    if (titleWords !== '' && words.join(' ') === titleWords) {
      line.reading = { kind: 'set-aside', reason: 'repeated-title' };
      return;
    }
    if (words.length < PULL_QUOTE_MIN_WORDS || words.length > PULL_QUOTE_MAX_WORDS) return;
    const candidates = anchors.get(words.slice(0, ANCHOR_WORDS).join(' ')) ?? [];
    const phrase = ` ${words.join(' ')} `;
    for (const other of candidates) {
      const otherLine = lines[other];
      if (other === index || otherLine === undefined || !isTextLine(otherLine)) continue;
      const otherWords = texts[other] ?? [];
      if (!` ${otherWords.join(' ')} `.includes(phrase)) continue;
      // A shorter passage found inside a paragraph is its pull quote. The same words twice are a pull quote only when
      // one copy is not a sentence (no final period) and the other is: a page repeating its standfirst keeps both.
      const sameWords = otherWords.length === words.length;
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
