// The one value every pass of the parser reads and fills in, in the order parse-article.ts runs them.
import type { ArticleBlock, ArticleEvent, ArticlePerson, DateMention, PublishedAt, Quote, Repair, SetAsideLine } from './article';
import { IdRegistry } from './ids/block-id';
import type { SourceLine } from './lines/split-lines';
import { People } from './people/cast';
import type { TextRepair } from './repairs/repair-text';

export interface ParseOptions {
  /** The article's publication date ("2021-07-26") when the caller knows it: the reference for relative dates. */
  publishedAt?: string;
  /** Who knows it: a caller ("option", the default) or the article's edition.json ("edition"). */
  publishedAtFrom?: 'option' | 'edition';
}

/** A block as the lines pass reads it, before repairs and ids: its text as scraped (labels removed). */
export type DraftBlock =
  | { kind: 'paragraph'; line: number; text: string; repairs: TextRepair[] }
  | { kind: 'caption'; line: number; text: string; credit: string | null; repairs: TextRepair[]; lineText: string }
  | { kind: 'related'; line: number; text: string; repairs: TextRepair[] }
  | { kind: 'heading'; line: number; text: string; repairs: TextRepair[] };

export interface ParseContext {
  readonly raw: string;
  readonly options: ParseOptions;
  /** lines: the non-empty lines of the raw text; the first is the title. */
  titleLine: SourceLine | null;
  title: string;
  drafts: DraftBlock[];
  setAside: SetAsideLine[];
  source: string | null;
  contributors: string[];
  /** repairs: what was changed in the scrape, by block id once ids are given. */
  repairs: Repair[];
  /** ids: one registry for blocks and quotes, so that no two share an id. */
  ids: IdRegistry;
  blocks: ArticleBlock[];
  people: People;
  quotes: Quote[];
  /** dates: the reference date (null when no one knows it), then every temporal expression, resolved. */
  publishedAt: PublishedAt | null;
  /** people of the model: everyone a quote is credited to, filled by the quotes pass. */
  cast: ArticlePerson[];
  dates: DateMention[];
  events: ArticleEvent[];
}

export function createContext(raw: string, options: ParseOptions): ParseContext {
  return {
    raw,
    options,
    titleLine: null,
    title: '',
    drafts: [],
    setAside: [],
    source: null,
    contributors: [],
    repairs: [],
    ids: new IdRegistry(),
    blocks: [],
    people: People.collect([]),
    quotes: [],
    publishedAt: null,
    cast: [],
    dates: [],
    events: [],
  };
}

/** A pass reads and fills the context; it returns a problem (a sentence a person can act on) when the text holds
 *  no article, and nothing otherwise. */
export interface ParsePass {
  name: string;
  run(context: ParseContext): string | void;
}
