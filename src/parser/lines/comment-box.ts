// Sets aside the readers' comment box: from its header ("Vos réactions", "418 commentaires", "Ajouter un commentaire à
// cet article") to the end of the page, every line is the box, the readers' own words included. Pages put the box
// after the article; a header at the top ("Réagir (62)") is a button, not the box, and is not a header here.
import { COMMENT_SECTION_HEADERS } from '../lexicon/fr/site-clutter';
import { SITE_FOOTERS } from '../lexicon/fr/site-furniture';
import { clutterKey } from './clutter-key';
import type { ReadLine } from './read-line';

const HEADERS = new Set([...COMMENT_SECTION_HEADERS, ...SITE_FOOTERS.map((footer) => footer.words.toLowerCase())]);

export function markCommentBox(lines: ReadLine[]): void {
  // A header is read as clutter on its own ("Vos réactions", "Laisser un commentaire"): only those lines are looked up.
  const start = lines.findIndex((line) => (line.reading.kind === 'set-aside' || line.reading.kind === 'site-footer') && HEADERS.has(clutterKey(line.text) ?? ''));
  // The box follows the article: a header before any paragraph is the page's menu, and what follows it is the text.
  if (start < 0 || !lines.slice(0, start).some((line) => line.reading.kind === 'paragraph')) return;
  for (const line of lines.slice(start)) {
    if (line.reading.kind === 'paragraph' || line.reading.kind === 'name-line' || line.reading.kind === 'caption' || line.reading.kind === 'related') {
      line.reading = { kind: 'set-aside', reason: 'comments' };
    }
  }
}
