// What a page of the reading app receives: one article, parsed, edited and set for French display, at build time.
// Components render these strings as they are: no parsing, no formatting left for the browser.

/** A run of a paragraph's text; a run that is a quote carries the quote's id so the body can mark it up, and a run
 *  inside a sentence that tells a timeline event carries that passage's id. */
export interface TextRun {
  text: string;
  quoteId?: string;
  /** The rest of a quote that a passage's edge cut in two: shown as the quote, without its id (ids are unique). */
  quoteContinued?: true;
  passageId?: string;
}

/** A sentence that tells a timeline event: marked in its paragraph, with a small date mark that links to the event. */
export interface PagePassage {
  id: string;
  eventId: string;
  dateLabel: string;
  /** An HTML datetime value: "2020-01", "2021-07-26", "2021". */
  datetime: string;
}

export type PageBlock =
  | { kind: 'paragraph'; id: string; runs: TextRun[]; passages: PagePassage[] }
  | { kind: 'caption'; id: string; text: string; credit: string | null }
  /** A "PLUS :" teaser; `path` when it names an article of this site (set by the build once it knows them all). */
  | { kind: 'related'; id: string; title: string; path?: string }
  /** An intertitle kept inside a section: only when the edition's own sections do not start at it. */
  | { kind: 'heading'; id: string; text: string };

export interface PageSection {
  /** null for the opening blocks that come before the first heading. */
  heading: { id: string; title: string } | null;
  blocks: PageBlock[];
}

/** Who said a quote, as the reader sees it: the person's name (or the words the text used when it named no one,
 *  "un responsable américain"), and the id of that person in the article's cast, shared by all their quotes. */
export interface PageSpeaker {
  id: string;
  name: string;
}

export interface PageQuote {
  id: string;
  text: string;
  /** null when the text does not make the speaker certain: the sidebar says "non attribuée". */
  speaker: PageSpeaker | null;
  blockId: string;
}

export interface TimelineEvent {
  id: string;
  /** An HTML datetime value: "2020", "2020-01", "2020-01-03", "2021-W29". */
  date: string;
  /** The date as readers see it: "janvier 2020", "lundi 26 juillet 2021", or the editor's "d’ici fin 2021". */
  dateLabel: string;
  title: string;
  /** The editor's summary; null for an event the parser proposed (its title is already the text's own words). */
  summary: string | null;
  /** The paragraph that tells the event. */
  blockId: string;
  /** The marked sentence that tells it, for an event the parser proposed; null for an editor's event. */
  passageId: string | null;
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
  /** ISO 8601: the edition's date, else the one the parser found in the text. */
  publishedAt: string | null;
  /** The same date as readers see it: "26 juillet 2021". */
  publishedLabel: string | null;
  readingMinutes: number;
  sections: PageSection[];
  /** In order of appearance. */
  quotes: PageQuote[];
  /** In date order. */
  events: TimelineEvent[];
}
