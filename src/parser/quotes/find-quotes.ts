// The quotes pass: finds the direct speech of an article, whole or partial, and credits each quote to the person
// who said it.
import type { Paragraph, Quote } from '../article';
import type { ParseContext } from '../context';
import { contentId, type IdRegistry } from '../ids/block-id';
import type { People } from '../people/cast';
import { HAS_WORD_CHARACTER } from '../text-patterns';
import { QuoteAttributor } from './attribute-quote';
import { resolveSpeaker } from './attribution/resolve-speaker';
import { findQuoteSpans } from './find-quote-spans';

/** Quotes are direct speech in the body: captions describe photos and related headlines are other stories. */
export function findQuotesInArticle(context: ParseContext): void {
  const paragraphs = context.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
  context.quotes = findQuotes(paragraphs, context.people, context.ids);
}

export function findQuotes(paragraphs: readonly Paragraph[], people: People, ids: IdRegistry): Quote[] {
  const quotes: Quote[] = [];
  // "a-t-il ajouté" refers to the last person quoted.
  let lastSpeaker: string | null = null;
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const spans = findQuoteSpans(text);
    if (spans.length === 0) continue;
    const attributor = new QuoteAttributor(text, people);
    for (const span of spans) {
      let start = span.open + 1;
      let end = span.close;
      // Spaces and stray punctuation right inside the marks are not words: « : oui » quotes "oui". Leaving them
      // outside also lets the UI space each fragment around a quote on its own (see french-spacing.ts).
      // Guillemets left inside a quote of another kind are stray marks, not words: “ » le « ” quotes "le".
      while (start < end && /[\s\u00A0\u202F,;:!?«»]/u.test(text[start] ?? '')) start += 1;
      while (end > start && /[\s\u00A0\u202F«»]/u.test(text[end - 1] ?? '')) end -= 1;
      const quoted = text.slice(start, end);
      if (!HAS_WORD_CHARACTER.test(quoted)) continue;
      const reference = attributor.attribute(span.open, span.close);
      if (!reference) continue;
      const speaker = resolveSpeaker(reference, paragraph.id, people, lastSpeaker);
      lastSpeaker = speaker;
      quotes.push({ id: ids.claim(contentId('quote', quoted)), text: quoted, speaker, blockId: paragraph.id, start, end });
    }
  }
  return quotes;
}
