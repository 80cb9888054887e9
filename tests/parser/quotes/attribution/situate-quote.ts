// Test helper: the first quote of a sentence as the attribution rules see it, with the cast of the given text.
import { People } from '../../../../src/parser/people/cast';
import { QuoteAttributor } from '../../../../src/parser/quotes/attribute-quote';
import type { QuoteInSentence } from '../../../../src/parser/quotes/attribution/quote-in-sentence';
import { findQuoteSpans } from '../../../../src/parser/quotes/find-quote-spans';

/** `earlier` are paragraphs before the sentence: where the text named the people it quotes. */
export function situateFirstQuote(text: string, earlier: readonly string[] = []): QuoteInSentence {
  const people = People.collect([...earlier, text].map((blockText, index) => ({ id: `bloc-${index}`, text: blockText })));
  const span = findQuoteSpans(text)[0];
  if (!span) throw new Error(`no quote in the test sentence: ${text}`);
  return new QuoteAttributor(text, people).situate(span.open, span.close);
}
