// The article parser's one entry point: the raw text of a scraped, machine-translated article → the Article model.
// It runs named passes over one context, in this order; each pass is a folder (or file) of its own.
import type { Article } from './article';
import { blocksOfKind } from './blocks';
import { createContext, type ParseContext, type ParseOptions, type ParsePass } from './context';
import { findDatesInArticle } from './dates/dates-pass';
import { proposeEventsOfArticle } from './events/events-pass';
import { identifyBlocks } from './ids/ids-pass';
import { readLines } from './lines/lines-pass';
import { collectPeople } from './people/people-pass';
import { findQuotesInArticle } from './quotes/find-quotes';
import { repairBlocks } from './repairs/repairs-pass';

export type { ParseOptions } from './context';
export type ParseResult = { ok: true; article: Article } | { ok: false; problem: string };

/** Prefix of the problem reported when the parser itself failed: tests assert it never appears. */
export const INTERNAL_ERROR = 'internal error in the article parser';

/** Exported for the benchmark, which times each pass (scripts/bench-parse.ts). */
export const PASSES: readonly ParsePass[] = [
  /** Each line: a paragraph, a caption, a related headline, the source, contributors, or site furniture. */
  { name: 'lines', run: readLines },
  /** Scrape and translation artifacts mended and listed; a caption printed twice set aside. */
  { name: 'repairs', run: repairBlocks },
  /** Ids from each block's own text, so shared links survive edits elsewhere. */
  { name: 'ids', run: identifyBlocks },
  /** The cast, over the whole text, before any quote is attributed. */
  { name: 'people', run: collectPeople },
  /** Direct speech and who said it. */
  { name: 'quotes', run: findQuotesInArticle },
  /** The reference date, then every temporal expression resolved against it and the passage's own dates. */
  { name: 'dates', run: findDatesInArticle },
  /** Each dated statement of the past or announced future, one a sentence: the timeline the text tells. */
  { name: 'events', run: proposeEventsOfArticle },
];

/**
 * Reads the article in `raw`. Never throws: text that holds no article gives `{ ok: false, problem }`, a short
 * sentence a person can act on ("no article body: the file has a title but no paragraph").
 */
export function parseArticle(raw: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof raw !== 'string') return { ok: false, problem: 'not text: the parser reads strings' };
    const context = createContext(raw, options);
    for (const pass of PASSES) {
      const problem = pass.run(context);
      if (problem) return { ok: false, problem };
    }
    return { ok: true, article: toArticle(context) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${INTERNAL_ERROR} (${reason.split('\n')[0] ?? ''})` };
  }
}

/** The model, with the lists that derive from `blocks` (the one truth) in the order readers of the JSON expect. */
function toArticle(context: ParseContext): Article {
  return {
    title: context.title,
    language: 'fr',
    source: context.source,
    contributors: context.contributors,
    publishedAt: context.publishedAt,
    paragraphs: blocksOfKind(context.blocks, 'paragraph'),
    captions: blocksOfKind(context.blocks, 'caption'),
    related: blocksOfKind(context.blocks, 'related'),
    quotes: context.quotes,
    people: context.cast,
    blocks: context.blocks,
    dates: context.dates,
    events: context.events,
    repairs: context.repairs,
    setAside: context.setAside,
  };
}
