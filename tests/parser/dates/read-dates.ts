// Test helper for the date rules: the mentions the engine finds in a sentence, with the publication date, and the
// paragraphs before it when the case is about narrative anchoring.
import type { DateMention } from '../../../src/parser/article';
import { findDateMentions } from '../../../src/parser/dates/find-date-mentions';

export function readDates(sentence: string, publishedAt: string | null, ...before: string[]): DateMention[] {
  const blocks = [...before, sentence].map((text, index) => ({ id: `p${index}`, text }));
  return findDateMentions(blocks, { publishedAt }).filter((mention) => mention.blockId === `p${before.length}`);
}

/** "words → value" for each mention of the sentence, the way a reviewer reads a table row. */
export function valuesIn(sentence: string, publishedAt: string | null, ...before: string[]): string[] {
  return readDates(sentence, publishedAt, ...before).map((mention) => `${mention.text} → ${mention.value ?? 'null'}${mention.mod === null ? '' : ` (${mention.mod})`}`);
}
