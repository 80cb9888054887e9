// The dates pass: the article's reference date, then every temporal expression of its paragraphs and captions,
// resolved in reading order (related headlines are other stories: they are left out).
import type { ParseContext } from '../context';
import { parseDay } from './calendar-day';
import { readBlocks } from './find-date-mentions';
import { findPublishedAt } from './published-at';
import { resolveInNarrativeOrder } from './refiners/resolve-in-narrative-order';

export function findDatesInArticle(context: ParseContext): string | void {
  const blocks = readBlocks(
    context.blocks.flatMap((block) => (block.kind === 'related' ? [] : [{ id: block.id, text: block.text, aside: block.kind === 'caption' }])),
  );
  const publishedAt = findPublishedAt(context.options, context.setAside, blocks);
  if (typeof publishedAt === 'string') return publishedAt;
  context.publishedAt = publishedAt;
  context.dates = resolveInNarrativeOrder(blocks, publishedAt === null ? null : parseDay(publishedAt.value));
}
