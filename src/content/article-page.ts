// What a page of the reading app receives: one article, parsed, edited and set for French display, at build time.
// Components render these strings as they are: no parsing, no formatting left for the browser.

/** A run of a paragraph's text; a run that is a quote carries the quote's id so the body can mark it up. */
export interface TextRun {
  text: string;
  quoteId?: string;
}

export type PageBlock =
  | { kind: 'paragraph'; id: string; runs: TextRun[] }
  | { kind: 'caption'; id: string; text: string; credit: string | null }
  | { kind: 'related'; id: string; title: string };

export interface PageSection {
  /** null for the opening blocks that come before the first heading. */
  heading: { id: string; title: string } | null;
  blocks: PageBlock[];
}

export interface PageQuote {
  id: string;
  text: string;
  speaker: string;
  blockId: string;
}

export type EventPrecision = 'day' | 'month' | 'year';

export interface TimelineEvent {
  id: string;
  /** "2020", "2020-01" or "2020-01-03". */
  date: string;
  precision: EventPrecision;
  /** The date as readers see it: "janvier 2020", "26 juillet 2021", or the editor's "d’ici fin 2021". */
  dateLabel: string;
  title: string;
  summary: string;
  /** The paragraph that tells the event. */
  blockId: string;
}

export interface ArticlePage {
  slug: string;
  /** The article's lasting address, "/articles/<slug>/". The default article is also served at "/", but "/" changes
   * when the newsroom picks another default, so shared links and the canonical URL use this one. */
  path: string;
  title: string;
  /** Plain text for link previews and search engines (no display spacing). */
  description: string;
  source: string | null;
  contributors: string[];
  publishedAt: string | null;
  readingMinutes: number;
  sections: PageSection[];
  /** In order of appearance. */
  quotes: PageQuote[];
  /** In date order. */
  events: TimelineEvent[];
}
