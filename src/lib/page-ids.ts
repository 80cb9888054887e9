// Every id the page's layout gives its own elements, in one place: the layout reads them from here, and the build
// refuses an edition that would reuse one (two elements with one id, and the app or a shared link finds the wrong one).

export const PAGE_IDS = {
  /** The element React renders into (index.html). */
  appRoot: 'root',
  /** The main content, target of the "skip to content" link. */
  mainContent: 'contenu',
  articleTitle: 'titre-article',
  /** The contents panel, and its list of sections. */
  contents: 'sommaire',
  tableOfContents: 'sommaire-sections',
  timeline: 'chronologie',
  timelineTitle: 'chronologie-titre',
  timelineEvents: 'chronologie-evenements',
  quotes: 'citations',
  quotesTitle: 'citations-titre',
  /** The column beside the article (timeline, quotes) that follows the reading. */
  sideColumn: 'colonne-laterale',
  /** The "Aa" button, and the panel of reading settings it opens (built by the page's later script). */
  settingsButton: 'reglages-bouton',
  settingsPanel: 'reglages-panneau',
  /** The headings of the lists of articles: what to read next (after an article, on 404), the front page's newest. */
  moreToRead: 'autres-articles',
  latestArticles: 'derniers-articles',
} as const;

// Pure: only the build reads it, and the browser's bundle drops it.
export const RESERVED_PAGE_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.values(PAGE_IDS));

/** The id of the element that holds an event's details, derived from the event's own id. */
export function eventDetailsId(eventId: string): string {
  return `${eventId}-details`;
}

/** What every article card's id starts with: an edition may not give an id that does (see edition-schema.ts). */
export const ARTICLE_CARD_ID_PREFIX = 'carte-';

/** The id of an article's heading in a list of articles (front page, archive, what to read next), from its slug. */
export function articleCardId(slug: string): string {
  return `${ARTICLE_CARD_ID_PREFIX}${slug}`;
}
