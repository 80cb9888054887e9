// Joins a parsed article and its edition into the page readers get, and checks that the edition points at real text.
import type { Article, ArticleBlock, Quote } from '../parser/article';
import type { ArticlePage, PageBlock, PageSection, TextRun, TimelineEvent } from './article-page';
import type { Edition, EditionProblem } from './edition-schema';
import { eventPrecision, formatEventDate } from './event-date';
import { frenchSpacing } from '../parser/french-spacing';

/** Silent reading speed of adult French readers, in words a minute (about 200–250 in studies; we take the middle). */
const WORDS_PER_MINUTE = 230;
/** Link previews cut descriptions around 155–160 characters; a cut mid-word reads badly. */
const DESCRIPTION_LENGTH = 160;

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

export function composeArticlePage(
  slug: string,
  article: Article,
  edition: Edition | null,
): { ok: true; page: ArticlePage } | { ok: false; problems: EditionProblem[] } {
  const problems: EditionProblem[] = [];
  const sections = splitIntoSections(article, edition?.sections ?? [], problems);
  const events = placeEvents(article, edition?.events ?? [], problems);
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    page: {
      slug,
      path: articlePath(slug),
      title: frenchSpacing(article.title),
      description: edition?.description ?? describe(article),
      source: article.source,
      contributors: article.contributors,
      // The edition's own date when it gives one; else the one the parser found in the text (a dateline, a caption).
      publishedAt: edition?.publishedAt ?? article.publishedAt?.value ?? null,
      readingMinutes: readingMinutes(article),
      sections,
      quotes: article.quotes.map(({ id, text, speaker, blockId }) => ({ id, text: frenchSpacing(text), speaker, blockId })),
      events,
    },
  };
}

function splitIntoSections(article: Article, headings: Edition['sections'], problems: EditionProblem[]): PageSection[] {
  const quotesByBlock = groupQuotes(article.quotes);
  const sections: PageSection[] = [{ heading: null, blocks: [] }];
  const startIndexes = new Map<number, Edition['sections'][number]>();
  let searchFrom = 0;
  headings.forEach((heading, index) => {
    const wanted = comparable(heading.startsAt);
    const found = article.blocks.findIndex((block, blockIndex) => blockIndex >= searchFrom && comparable(blockText(block)).startsWith(wanted));
    if (found === -1) {
      const anywhere = article.blocks.some((block) => comparable(blockText(block)).startsWith(wanted));
      problems.push({
        field: `sections[${index}].startsAt`,
        message: anywhere
          ? `"${heading.startsAt}" comes before the previous section's start: sections must follow the order of the text`
          : `no paragraph of the article begins with "${heading.startsAt}"`,
      });
      return;
    }
    startIndexes.set(found, heading);
    searchFrom = found + 1;
  });

  article.blocks.forEach((block, index) => {
    const heading = startIndexes.get(index);
    if (heading) sections.push({ heading: { id: heading.id, title: frenchSpacing(heading.title) }, blocks: [] });
    sections[sections.length - 1]!.blocks.push(toPageBlock(block, quotesByBlock));
  });
  return sections.filter((section) => section.heading !== null || section.blocks.length > 0);
}

function placeEvents(article: Article, events: Edition['events'], problems: EditionProblem[]): TimelineEvent[] {
  const placed: TimelineEvent[] = [];
  events.forEach((event, index) => {
    const wanted = comparable(event.passage);
    const paragraph = article.paragraphs.find((p) => comparable(p.text).includes(wanted));
    if (!paragraph) {
      problems.push({ field: `events[${index}].passage`, message: `"${event.passage}" is not in any paragraph of the article` });
      return;
    }
    placed.push({
      id: event.id,
      date: event.date,
      precision: eventPrecision(event.date),
      dateLabel: event.dateLabel ?? formatEventDate(event.date),
      title: frenchSpacing(event.title),
      summary: frenchSpacing(event.summary),
      blockId: paragraph.id,
    });
  });
  // ISO dates of mixed precision sort as strings ("2020" < "2020-01" < "2020-01-03"); equal dates keep the editor's order.
  return placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function groupQuotes(quotes: Quote[]): Map<string, Quote[]> {
  const byBlock = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const list = byBlock.get(quote.blockId) ?? [];
    list.push(quote);
    byBlock.set(quote.blockId, list);
  }
  return byBlock;
}

function toPageBlock(block: ArticleBlock, quotesByBlock: Map<string, Quote[]>): PageBlock {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', id: block.id, runs: splitAroundQuotes(block.text, quotesByBlock.get(block.id) ?? []) };
    case 'caption':
      return { kind: 'caption', id: block.id, text: frenchSpacing(block.text), credit: block.credit };
    case 'related':
      return { kind: 'related', id: block.id, title: frenchSpacing(block.title) };
  }
}

/** Cuts a paragraph into runs of plain text and quotes; each run is spaced for French display on its own. */
function splitAroundQuotes(text: string, quotes: Quote[]): TextRun[] {
  const runs: TextRun[] = [];
  let position = 0;
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start < position) continue; // overlapping quotes cannot both be marked; the sidebar still lists both
    if (quote.start > position) runs.push({ text: frenchSpacing(text.slice(position, quote.start)) });
    runs.push({ text: frenchSpacing(text.slice(quote.start, quote.end)), quoteId: quote.id });
    position = quote.end;
  }
  if (position < text.length) runs.push({ text: frenchSpacing(text.slice(position)) });
  return runs;
}

function blockText(block: ArticleBlock): string {
  return block.kind === 'related' ? block.title : block.text;
}

/** Editors type ' and " where the text has ’ and “ ”, and may break lines differently: neither should fail a build. */
function comparable(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim();
}

function readingMinutes(article: Article): number {
  const words = article.blocks.reduce((count, block) => count + countWords(blockText(block)), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function describe(article: Article): string {
  const first = article.paragraphs[0]?.text ?? article.title;
  if (first.length <= DESCRIPTION_LENGTH) return first;
  const cut = first.slice(0, DESCRIPTION_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
