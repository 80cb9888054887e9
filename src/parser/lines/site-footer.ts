// Recognises the site's footers a scraper copied with the article, alone on a line or glued to a content line.
import { alternation } from '../text-patterns';
import { EMPTY_FIELD, SITE_FOOTERS } from '../lexicon/fr/site-furniture';

/** A footer alone on its line, any case; "none" glued after it is the scraper printing an empty comment counter. */
const FOOTER_LINE = new RegExp(`^(?:${alternation(SITE_FOOTERS.map((footer) => footer.words))})(?:${EMPTY_FIELD})?$`, 'iu');

/** The same footers glued to the end of a content line ("…abcnews.go.comSource link"). Case-sensitive: the scrape
 *  writes them capitalised, and an article sentence never ends with these exact words. */
const GLUED_FOOTER = new RegExp(
  `(?:${alternation(SITE_FOOTERS.filter((footer) => footer.glued).map((footer) => footer.words))})(?:${EMPTY_FIELD})?$`,
  'u',
);

/** The word "none" alone on a line: the scraper's printout of an empty field. */
const EMPTY_FIELD_LINE = new RegExp(`^${EMPTY_FIELD}$`, 'i');

export function isSiteFooter(text: string): boolean {
  return FOOTER_LINE.test(text);
}

export function isEmptyField(text: string): boolean {
  return EMPTY_FIELD_LINE.test(text);
}

/** Splits a footer glued to the end of a content line: "…abcnews.go.comSource link" → the text and the footer. */
export function splitGluedFooter(text: string): { text: string; footer: string | null } {
  const glued = GLUED_FOOTER.exec(text);
  if (!glued || glued.index === 0) return { text, footer: null };
  const kept = text.slice(0, glued.index).trimEnd();
  if (kept === '') return { text, footer: null };
  return { text: kept, footer: glued[0] };
}
