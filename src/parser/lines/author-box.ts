// The author's box under an article: the writer's name alone on a line, then a few sentences about them, often in
// English on sites that share a template ("Ray Richard" / "Head of technical department …, I have been in the field
// of electronic journalism for 12 years …"). Neither line is the story: the name is a byline, the bio goes with it.
import { isEnglish } from '../english-text';
import { isTextLine, type ReadLine } from './read-line';

/** A bio is a sentence or three: long enough to tell its language, short enough not to be an English article. */
const BIO_MIN_WORDS = 8;
const BIO_MAX_WORDS = 80;
/** At least this share of the bio's words are English function words. */
const ENGLISH_SHARE_MIN = 0.2;

export function markAuthorBoxes(lines: ReadLine[]): void {
  lines.forEach((line, index) => {
    const name = lines[index - 1];
    if (name?.reading.kind !== 'name-line' || !isTextLine(line) || line.reading.kind !== 'paragraph') return;
    if (line.words < BIO_MIN_WORDS || line.words > BIO_MAX_WORDS || !isEnglish(line.text, ENGLISH_SHARE_MIN)) return;
    name.reading = { kind: 'byline', names: name.reading.names };
    line.reading = { kind: 'set-aside', reason: 'byline' };
  });
}
