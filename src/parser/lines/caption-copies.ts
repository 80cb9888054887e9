// Finds a caption the page prints twice in a row, once bare for the image and once with its credit for the zoom:
// "Robert Beugré Mambé nouveau Premier ministre ivoirien." then "… ivoirien. © gouv.ci". Prose never repeats a line
// with a few words more, so the first copy is a caption too, even without a credit of its own.
import { wordCount } from './clutter-key';
import type { ReadLine } from './read-line';

/** What the second copy adds: a credit or a dash, a few words at most. */
const ADDED_MAX_WORDS = 8;

export function markCaptionCopies(lines: ReadLine[]): void {
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (line.reading.kind !== 'paragraph' || next === undefined) return;
    if (next.reading.kind !== 'paragraph' && next.reading.kind !== 'caption') return;
    const text = line.text;
    if (next.text === text || !next.text.startsWith(text) || wordCount(next.text.slice(text.length)) > ADDED_MAX_WORDS) return;
    line.reading = { kind: 'caption', text, credit: null };
    if (next.reading.kind === 'paragraph') {
      const added = next.text.slice(text.length).replace(/^[\s\u00A0\-–—©]+/u, '').trim();
      next.reading = { kind: 'caption', text, credit: added === '' ? null : added };
    }
  });
}
