// Joins a parsed article and its edition into the page readers get, and checks that the edition points at real text.
import type { Article, ArticleBlock, ArticleEvent, Quote } from '../parser/article';
import type { ArticlePage, PageBlock, PagePassage, PageQuote, PageSection, PageSpeaker, TextRun, TimelineEvent } from './article-page';
import type { Edition, EditionEvent, EditionProblem } from './edition-schema';
import { dateLabel, htmlDatetime } from '../parser/events/event-label';
import { frenchQuoteMarks, frenchSpacing } from '../parser/french-spacing';
import { eventDetailsId } from '../lib/page-ids';
import { monthName } from '../parser/lexicon/fr/calendar';

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
  const proposed = edition?.events === undefined ? keepProposedEvents(article.events, edition?.proposedEvents, problems) : [];
  const sections = splitIntoSections(article, edition?.sections ?? [], proposed, problems);
  const events = edition?.events === undefined ? proposed.map(toTimelineEvent) : placeEvents(article, edition.events, problems);
  if (edition) checkIdsAgainstArticle(article, edition, problems);
  if (problems.length > 0) return { ok: false, problems };
  // The edition's own date when it gives one; else the one the parser found in the text (a dateline, a caption).
  const publishedAt = edition?.publishedAt ?? article.publishedAt?.value ?? null;

  return {
    ok: true,
    page: {
      slug,
      path: articlePath(slug),
      title: display(article.title),
      description: edition?.description ?? describe(article),
      source: article.source,
      contributors: article.contributors,
      publishedAt,
      publishedLabel: publishedAt ? publicationLabel(publishedAt) : null,
      readingMinutes: readingMinutes(article),
      sections,
      quotes: pageQuotes(article),
      events,
    },
  };
}

/** Each quote with its speaker as the cast names them (one id per person, shared by all their quotes), or null
 *  when the text does not make the speaker certain: the reader is told "non attribuée", never a made-up name. */
function pageQuotes(article: Article): PageQuote[] {
  const speakers = new Map<string, PageSpeaker>();
  for (const person of article.people) for (const quoteId of person.quoteIds) speakers.set(quoteId, { id: person.id, name: person.name });
  return article.quotes.map(({ id, text, blockId }) => ({ id, text: frenchSpacing(text), speaker: speakers.get(id) ?? null, blockId }));
}

/** "26 juillet 2021", "1er mars 2021": a byline says the date, not the weekday; a partial date as precise as it is. */
function publicationLabel(isoDate: string): string | null {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month) return dateLabel(isoDate.slice(0, 4));
  if (!day) return `${monthName(month)} ${year}`;
  return `${day === 1 ? '1er' : day} ${monthName(month)} ${year}`;
}

function splitIntoSections(
  article: Article,
  headings: Edition['sections'],
  events: readonly ArticleEvent[],
  problems: EditionProblem[],
): PageSection[] {
  const quotesByBlock = groupByBlock(article.quotes);
  const eventsByBlock = groupByBlock(events);
  const sections: PageSection[] = [{ heading: null, blocks: [] }];
  const startIndexes = new Map<number, Edition['sections'][number]>();
  let searchFrom = 0;
  // Each block's text made comparable once, not once for every heading: the matching is sections × blocks.
  const blockTexts = headings.length > 0 ? article.blocks.map((block) => comparable(blockText(block))) : [];
  headings.forEach((heading, index) => {
    const wanted = comparable(heading.startsAt);
    const found = blockTexts.findIndex((text, blockIndex) => blockIndex >= searchFrom && text.startsWith(wanted));
    if (found === -1) {
      const anywhere = blockTexts.some((text) => text.startsWith(wanted));
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
    // Without sections in the edition, the text's intertitles are the sections, so the contents appear without one;
    // with them, an intertitle stays a heading inside the editor's section.
    if (block.kind === 'heading' && headings.length === 0) {
      sections.push({ heading: { id: block.id, title: frenchSpacing(block.text) }, blocks: [] });
      return;
    }
    const heading = startIndexes.get(index);
    if (heading) sections.push({ heading: { id: heading.id, title: frenchSpacing(heading.title) }, blocks: [] });
    sections[sections.length - 1]!.blocks.push(toPageBlock(block, quotesByBlock.get(block.id) ?? [], eventsByBlock.get(block.id) ?? []));
  });
  return sections.filter((section) => section.heading !== null || section.blocks.length > 0);
}

/** The parser's events, without those the edition hides and with the titles it gives; a wrong id is a problem. */
function keepProposedEvents(
  events: readonly ArticleEvent[],
  choices: Edition['proposedEvents'],
  problems: EditionProblem[],
): ArticleEvent[] {
  if (!choices) return [...events];
  const known = new Set(events.map((event) => event.id));
  const unknown = (id: string) => `no event proposed by the parser has the id "${id}" (see "events" in npm run --silent parse -- article.txt)`;
  choices.hide.forEach((id, index) => {
    if (!known.has(id)) problems.push({ field: `proposedEvents.hide[${index}]`, message: unknown(id) });
  });
  for (const id of Object.keys(choices.retitle)) {
    if (!known.has(id)) problems.push({ field: `proposedEvents.retitle.${id}`, message: unknown(id) });
  }
  const hidden = new Set(choices.hide);
  return events.filter((event) => !hidden.has(event.id)).map((event) => ({ ...event, title: choices.retitle[event.id] ?? event.title }));
}

function toTimelineEvent(event: ArticleEvent): TimelineEvent {
  return {
    id: event.id,
    date: htmlDatetime(event.date),
    dateLabel: event.label,
    title: frenchSpacing(event.title),
    summary: null,
    blockId: event.blockId,
    passageId: passageId(event),
  };
}

function passageId(event: ArticleEvent): string {
  return `passage-${event.id}`;
}

/** The parser's ids (paragraphs, captions, quotes) and the edition's share one page: one id, one element. */
function checkIdsAgainstArticle(article: Article, edition: Edition, problems: EditionProblem[]): void {
  const articleIds = new Set<string>([...article.blocks.map((block) => block.id), ...article.quotes.map((quote) => quote.id)]);
  const check = (id: string, field: string) => {
    if (articleIds.has(id)) problems.push({ field, message: `id "${id}" is already the id of a paragraph or a quote of the article` });
  };
  edition.sections.forEach((section, index) => check(section.id, `sections[${index}].id`));
  edition.events?.forEach((event, index) => {
    check(event.id, `events[${index}].id`);
    check(eventDetailsId(event.id), `events[${index}].id`);
  });
}

function placeEvents(article: Article, events: EditionEvent[], problems: EditionProblem[]): TimelineEvent[] {
  const placed: TimelineEvent[] = [];
  const paragraphTexts = events.length > 0 ? article.paragraphs.map((paragraph) => comparable(paragraph.text)) : [];
  events.forEach((event, index) => {
    const wanted = comparable(event.passage);
    const paragraph = article.paragraphs[paragraphTexts.findIndex((text) => text.includes(wanted))];
    if (!paragraph) {
      problems.push({ field: `events[${index}].passage`, message: `"${event.passage}" is not in any paragraph of the article` });
      return;
    }
    placed.push({
      id: event.id,
      date: event.date,
      dateLabel: event.dateLabel ?? dateLabel(event.date) ?? event.date,
      title: frenchSpacing(event.title),
      summary: frenchSpacing(event.summary),
      blockId: paragraph.id,
      passageId: null,
    });
  });
  // ISO dates of mixed precision sort as strings ("2020" < "2020-01" < "2020-01-03"); equal dates keep the editor's order.
  return placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function groupByBlock<T extends { blockId: string }>(items: readonly T[]): Map<string, T[]> {
  const byBlock = new Map<string, T[]>();
  for (const item of items) {
    const list = byBlock.get(item.blockId) ?? [];
    list.push(item);
    byBlock.set(item.blockId, list);
  }
  return byBlock;
}

function toPageBlock(block: ArticleBlock, quotes: readonly Quote[], events: readonly ArticleEvent[]): PageBlock {
  switch (block.kind) {
    case 'paragraph': {
      const passages: PagePassage[] = events.map((event) => ({
        id: passageId(event),
        eventId: event.id,
        dateLabel: event.label,
        datetime: htmlDatetime(event.date),
      }));
      // The marks are swapped before the cut (one character for one: the offsets stay right), so that a quote's
      // “ and ” in the runs around it are judged together.
      return { kind: 'paragraph', id: block.id, runs: splitIntoRuns(frenchQuoteMarks(block.text), quotes, events), passages };
    }
    case 'caption':
      return { kind: 'caption', id: block.id, text: display(block.text), credit: block.credit };
    case 'related':
      return { kind: 'related', id: block.id, title: display(block.title) };
    case 'heading':
      return { kind: 'heading', id: block.id, text: display(block.text) };
  }
}

/**
 * Cuts a paragraph into runs at every edge of a quote or of an event's sentence; each run is spaced for French
 * display on its own. Overlapping quotes cannot both be marked (the sidebar still lists both); a quote that a
 * sentence's edge cuts in two keeps its id on its first run.
 */
function splitIntoRuns(text: string, quotes: readonly Quote[], events: readonly ArticleEvent[]): TextRun[] {
  const marked: Quote[] = [];
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start >= (marked[marked.length - 1]?.end ?? 0)) marked.push(quote);
  }
  const edges = new Set([0, text.length]);
  for (const span of [...marked, ...events]) edges.add(span.start).add(span.end);
  const cuts = [...edges].filter((edge) => edge >= 0 && edge <= text.length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  let lastQuoteId: string | undefined;
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    if (end === start) continue;
    const quote = marked.find((candidate) => candidate.start <= start && end <= candidate.end);
    const event = events.find((candidate) => candidate.start <= start && end <= candidate.end);
    const run: TextRun = { text: frenchSpacing(text.slice(start, end)) };
    if (quote) {
      run.quoteId = quote.id;
      if (quote.id === lastQuoteId) run.quoteContinued = true;
    }
    if (event) run.passageId = passageId(event);
    lastQuoteId = quote?.id;
    runs.push(run);
  }
  return runs;
}

/** A whole piece of text as French readers expect it on screen; the stored text is left as it was. */
function display(text: string): string {
  return frenchSpacing(frenchQuoteMarks(text));
}

function blockText(block: ArticleBlock): string {
  return block.kind === 'related' ? block.title : block.text;
}

/** Editors type ' and " where the text has ’ and “ ”, and may break lines differently: neither should fail a build. */
function comparable(text: string): string {
  // Only the spaces that change are replaced (a run, or one that is not " "): most texts have none.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').replace(/[’‘ʼ]/g, "'").replace(/[“”«»]/g, '"').trim();
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
