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

/** Who said a quote, and how the text made it certain. */
export interface Speaker {
  /** The fullest name the article gives ("Joe Biden" for "Biden", "il" or "le président"), or the words the text
   *  uses when it names no one ("un responsable américain", "l’Élysée"). */
  name: string;
  /** The words at the quote that point to the speaker: "Biden", "M. Peskov", "le porte-parole", "elle". */
  asWritten: string;
  via: 'name' | 'role' | 'pronoun' | 'organisation' | 'anonymous';
}

/** Direct speech, whole or partial, with the person who said it. */
export interface Quote {
  id: string;
  /** The quoted words, without the quote marks. Always a substring of its paragraph's text. */
  text: string;
  /** null when the text does not make the speaker certain: never the nearest name. */
  speaker: Speaker | null;
  /** The paragraph the quote is in. */
  blockId: string;
  /** Offsets of `text` inside the paragraph's text, in UTF-16 code units: text === paragraph.text.slice(start, end). */
  start: number;
  end: number;
}

export type DatePrecision =
  | 'century' | 'decade' | 'year' | 'half-year' | 'season' | 'quarter' | 'month' | 'week' | 'weekend'
  | 'day' | 'part-of-day' | 'time' | 'reference';

/** TIMEX3-style modifier the words add to the value: "début mars" start, "mi-mars" mid, "fin mars" end,
 *  "d’ici la fin de l’année" by, "depuis 2019" since, "vers 2010" around. */
export type DateModifier = 'start' | 'mid' | 'end' | 'by' | 'since' | 'around';

/** A temporal expression the text uses, resolved: material for the timeline. */
export interface DateMention {
  /** The words as written: "26 juillet 2021", "janvier 2020", "lundi", "quelques jours plus tard". */
  text: string;
  /** The block the words are in: a paragraph, or a caption (photo captions date their photos). */
  blockId: string;
  /** Offsets in the block's text (UTF-16): text === block.text.slice(start, end). */
  start: number;
  end: number;
  /** TIMEX3-style: 2021-07-26, 2021-07, 2021, 2021-W29, 2021-W29-WE, 2021-Q3, 2021-H1, 2021-SU, 199 (decade),
   *  19 (century), 2021-07-26T14:30, 2021-07-26TAF (part of day), A/B for a range, PAST_REF / PRESENT_REF /
   *  FUTURE_REF; null when it cannot honestly be known ("jeudi" without a publication date, "31 février 2021"). */
  value: string | null;
  precision: DatePrecision;
  mod: DateModifier | null;
  /** The tag of the rule that produced the value: "fr/weekday", "fr/time-later", "fr/merge-ranges". */
  rule: string;
}

/** The date the article was published: the reference of "hier", "jeudi", "la semaine dernière". `source` says
 *  where it came from: the caller, the edition, a dateline, a "Publié le …" line, or a caption whose date agrees
 *  with the weekdays the text uses. */
export interface PublishedAt {
  value: string;
  source: 'option' | 'edition' | 'dateline' | 'published-line' | 'caption';
}

/** A dated statement of the text, proposed by the parser for the article's timeline: an editor confirms, hides or
 *  retitles it. */
export interface ArticleEvent {
  /** Stable: "evenement-" + the slug of the sentence's first words + a short hash of the sentence. */
  id: string;
  /** The DateMention value that dates it: "2020-01", "2021-07-26TAF", "2021"… */
  date: string;
  /** The date in French at its precision: "janvier 2020", "jeudi 22 juillet 2021", "d’ici fin 2021". */
  label: string;
  /** The sentence's own words, cut at a word to about 100 characters, never reworded. */
  title: string;
  /** The paragraph that tells it, and the sentence's offsets in its text. */
  blockId: string;
  start: number;
  end: number;
}

export type RepairKind = 'gender-tag' | 'doubled-punctuation' | 'glued-footer' | 'whitespace' | 'dateline-split';

/** A change the parser made to the scraped text, kept so that an editor can review it. */
export interface Repair {
  kind: RepairKind;
  /** The id of the block that was repaired, or "title" for a repair in the article's title. */
  blockId: string;
  /** A short excerpt around the change, before and after. */
  before: string;
  after: string;
}

/** Why a line of the scrape is not the article. The site's clutter: 'teaser' ("Lire aussi", a list of other
 *  stories), 'subscription' (paywall and offers), 'newsletter' (newsletter and app prompts), 'share' (buttons),
 *  'advert', 'comments' (the readers' comment box), 'navigation' (menus, section labels, "Retour en haut"), 'credit'
 *  ("© AFP" alone), 'embed' and 'embed-credit' (an embedded tweet's card and its "— Name (@handle) Date" line),
 *  'pull-quote' (words repeated from a paragraph), 'repeated-title', 'byline' and 'dateline' (the page's dates:
 *  "PARIS (AFP) –", "Publié le … Mis à jour le …", read by the reference-date pass), 'site-notice' (the paper's word
 *  to its readers about itself: a delivery problem, an apology). */
export type SetAsideReason =
  | 'site-footer' | 'duplicate-caption' | 'source-line' | 'contributor-line' | 'scrape-noise'
  | 'teaser' | 'subscription' | 'newsletter' | 'share' | 'advert' | 'comments' | 'navigation' | 'credit'
  | 'embed' | 'embed-credit' | 'pull-quote' | 'repeated-title' | 'byline' | 'dateline' | 'site-notice';

/** A line of the scrape that is not part of the article, kept so that nothing is dropped silently. */
export interface SetAsideLine {
  /** 1-based line number in the raw text. */
  line: number;
  /** The line as scraped; for a dateline split off the first paragraph, the dateline alone ("PARIS (AFP) –"). */
  text: string;
  reason: SetAsideReason;
}

/** An intertitle: a short line between paragraphs that opens a part of the article. */
export interface Heading {
  id: string;
  text: string;
}

export type ArticleBlock =
  | ({ kind: 'paragraph' } & Paragraph)
  | ({ kind: 'caption' } & Caption)
  | ({ kind: 'related' } & RelatedItem)
  | ({ kind: 'heading' } & Heading);

/** One person (or body) of the article: the name, the role the text gives them, and the quotes it credits them. */
export interface ArticlePerson {
  /** A slug of the name, unique in the article: what a reader's "show this speaker's quotes" refers to. */
  id: string;
  name: string;
  role: string | null;
  /** In the order of the text. */
  quoteIds: string[];
}

export interface Article {
  title: string;
  language: 'fr';
  /** The site the article was first published on ("abcnews.go.com"), from "… paru à l’origine sur SITE". */
  source: string | null;
  /** People who "contributed to this report". */
  contributors: string[];
  /** When the article was published, and how we know; null when neither the caller nor the text says. */
  publishedAt: PublishedAt | null;
  /** Paragraphs, captions, related items and headings in the order of the text: the one truth. */
  blocks: ArticleBlock[];
  /** Views of `blocks`, derived from it by the parser (see blocks.ts): never filled on their own. */
  paragraphs: Paragraph[];
  captions: Caption[];
  related: RelatedItem[];
  quotes: Quote[];
  /** The cast: everyone a quote is credited to, in the order they are first quoted. */
  people: ArticlePerson[];
  dates: DateMention[];
  /** Proposed by the parser, in date order (same dates in the order of the text). */
  events: ArticleEvent[];
  repairs: Repair[];
  setAside: SetAsideLine[];
}
