// Decides what one line of a scrape is: article content (paragraph, caption, related headline), a line that
// carries metadata (source, contributors), or site furniture that is set aside.
import { CAPTION_LABELS, RELATED_LABEL, REPUBLISHED_VERBS } from '../lexicon/fr/site-furniture';
import { alternation, HAS_WORD_CHARACTER } from '../text-patterns';
import { splitCredit } from './caption-credit';
import { readContributors } from './contributor-line';
import { isEmptyField, isSiteFooter } from './site-footer';

/** "TITLE paru à l’origine sur SITE" closes republished articles: it gives the source and is not a paragraph.
 *  Only the last word matters, so the title part may differ from the real title after translation. */
const SOURCE_LINE = new RegExp(
  `(?:^|[\\s\\u00A0])(?:${alternation(REPUBLISHED_VERBS)})[\\s\\u00A0]+(?:à|a)[\\s\\u00A0]+l[’'‘\`]origine[\\s\\u00A0]+sur[\\s\\u00A0]+(\\S+?)\\.?$`,
  'iu',
);

/** "PHOTO : caption (Name/Agency)". Any case, any spacing around the colon: scrapes write "PHOTO :", "Photo:" and
 *  "PHOTOS :". */
const CAPTION_LABEL = new RegExp(`^(?:${alternation(CAPTION_LABELS)})[\\s\\u00A0]*:[\\s\\u00A0]*`, 'iu');

/** "PLUS : headline". Uppercase only: "Plus : …" can open a sentence of prose. */
const RELATED_LABEL_PATTERN = new RegExp(`^${RELATED_LABEL}[\\s\\u00A0]*:[\\s\\u00A0]*`, 'u');

export type LineReading =
  | { kind: 'paragraph'; text: string }
  | { kind: 'caption'; text: string; credit: string | null }
  | { kind: 'related'; title: string }
  | { kind: 'source'; site: string }
  | { kind: 'contributors'; names: string[] }
  | { kind: 'site-footer' }
  | { kind: 'scrape-noise' };

export function readLine(text: string): LineReading {
  if (isSiteFooter(text)) return { kind: 'site-footer' };
  if (isEmptyField(text) || !HAS_WORD_CHARACTER.test(text)) return { kind: 'scrape-noise' };

  const source = SOURCE_LINE.exec(text);
  if (source?.[1] !== undefined) return { kind: 'source', site: source[1] };

  const names = readContributors(text);
  if (names.length > 0) return { kind: 'contributors', names };

  const caption = CAPTION_LABEL.exec(text);
  if (caption) {
    const body = text.slice(caption[0].length);
    if (!HAS_WORD_CHARACTER.test(body)) return { kind: 'scrape-noise' };
    return { kind: 'caption', ...splitCredit(body) };
  }

  const related = RELATED_LABEL_PATTERN.exec(text);
  if (related) {
    const title = text.slice(related[0].length);
    if (!HAS_WORD_CHARACTER.test(title)) return { kind: 'scrape-noise' };
    return { kind: 'related', title };
  }

  return { kind: 'paragraph', text };
}
