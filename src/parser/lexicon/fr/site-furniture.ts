// The words of the site around an article that a scraper copies with it: footers, labels, republication lines.

export interface SiteFooter {
  /** As the scrape writes it, capitalised. */
  words: string;
  /** Also found glued to the end of a content line ("…abcnews.go.comSource link"). */
  glued: boolean;
}

export const SITE_FOOTERS: readonly SiteFooter[] = [
  { words: 'Source link', glued: true },
  { words: 'Lien source', glued: true },
  { words: 'Laisser un commentaire', glued: true },
  { words: 'Leave a comment', glued: true },
  { words: 'Laisser une réponse', glued: false },
  { words: 'Leave a reply', glued: false },
];

/** "none" after a footer, or alone on a line: the scraper printing an empty field ("Laisser un commentairenone"). */
export const EMPTY_FIELD = 'none';

/** "PHOTO : caption (Name/Agency)", "PHOTOS :": the image was not scraped, the caption is what remains. */
export const CAPTION_LABELS: readonly string[] = ['photo', 'photos'];

/** "PLUS : headline" teases another story of the site. */
export const RELATED_LABEL = 'PLUS';

/** The first word of "Source : …" credits and of the "Source link" footer. */
export const SOURCE_WORD = 'source';

/** "TITLE paru à l’origine sur SITE": the verb forms, with and without accents. */
export const REPUBLISHED_VERBS: readonly string[] = ['paru', 'parue', 'publié', 'publiée', 'publie', 'publiee'];

/** "NAME d’ORG a contribué à ce rapport.": what a contributor contributed to. */
export const CONTRIBUTION_NOUNS: readonly string[] = ['rapport', 'reportage', 'article', 'enquête'];
