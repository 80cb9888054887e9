// The Article model: what the parser makes of a raw scraped article. The UI imports these with `import type`.

/** A paragraph of the article's body, as written (repairs applied, nothing reworded). */
export interface Paragraph {
  id: string;
  text: string;
}

/** A photo caption. The image itself was not scraped; the caption and its credit are what we have. */
export interface Caption {
  id: string;
  /** The caption without its credit and without the "PHOTO :" label. */
  text: string;
  /** "Susan Walsh/AP", from the trailing "(Name/Agency)"; null when the scrape gave none. */
  credit: string | null;
}

/** A "PLUS :" teaser for another story of the same site. It has no address: only a title. */
export interface RelatedItem {
  id: string;
  title: string;
}

/** Direct speech, whole or partial, with the person who said it. */
export interface Quote {
  id: string;
  /** The quoted words, without the quote marks. Always a substring of its paragraph's text. */
  text: string;
  /** The full name the text gave ("Joe Biden"), or the words the text used when it named no one ("le responsable",
   *  "un analyste de la Société Générale"); "inconnu" when the text only says "a déclaré" and no one was quoted before. */
  speaker: string;
  /** The paragraph the quote is in. */
  blockId: string;
  /** Offsets of `text` inside the paragraph's text, in UTF-16 code units: text === paragraph.text.slice(start, end). */
  start: number;
  end: number;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'relative';

/** A temporal expression the text uses: material for the timeline. */
export interface DateMention {
  /** The words as written: "26 juillet 2021", "janvier 2020", "lundi", "quelques jours plus tard". */
  text: string;
  /** The block the words are in: a paragraph, or a caption (photo captions date their photos). */
  blockId: string;
  start: number;
  end: number;
  precision: DatePrecision;
  /** "2021-07-26", "2020-01", "2021" for absolute dates; null for relative ones, and for a day the text gives
   *  without a year ("le 14 juillet") or that does not exist ("31 février 2021"). */
  iso: string | null;
}

export type RepairKind = 'gender-tag' | 'doubled-punctuation' | 'glued-footer' | 'whitespace';

/** A change the parser made to the scraped text, kept so that an editor can review it. */
export interface Repair {
  kind: RepairKind;
  /** The id of the block that was repaired, or "title" for a repair in the article's title. */
  blockId: string;
  /** A short excerpt around the change, before and after. */
  before: string;
  after: string;
}

/** A line of the scrape that is not part of the article, kept so that nothing is dropped silently. */
export interface SetAsideLine {
  /** 1-based line number in the raw text. */
  line: number;
  text: string;
  reason: 'site-footer' | 'duplicate-caption' | 'source-line' | 'contributor-line' | 'scrape-noise';
}

export type ArticleBlock =
  | ({ kind: 'paragraph' } & Paragraph)
  | ({ kind: 'caption' } & Caption)
  | ({ kind: 'related' } & RelatedItem);

export interface Article {
  title: string;
  language: 'fr';
  /** The site the article was first published on ("abcnews.go.com"), from "… paru à l’origine sur SITE". */
  source: string | null;
  /** People who "contributed to this report". */
  contributors: string[];
  /** Paragraphs, captions and related items in the order of the text: the one truth. */
  blocks: ArticleBlock[];
  /** Views of `blocks`, derived from it by the parser (see blocks.ts): never filled on their own. */
  paragraphs: Paragraph[];
  captions: Caption[];
  related: RelatedItem[];
  quotes: Quote[];
  dates: DateMention[];
  repairs: Repair[];
  setAside: SetAsideLine[];
}
