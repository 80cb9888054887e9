// Test helper: the quotes a reader gets from a few paragraphs of French news, with the speaker each is credited to
// (null when the text does not make it certain). Rows of the rules' tables go through the whole parser.
import type { Quote, Speaker } from '../../../../src/parser/article';
import { parseArticle } from '../../../../src/parser/parse-article';

export type Credited = [text: string, speaker: string | null];

export function quotesOf(paragraphs: readonly string[]): Credited[] {
  return quotesOfArticle(paragraphs).map((quote) => [quote.text, quote.speaker?.name ?? null]);
}

/** How the speaker was found, for the rows that check it: "name", "role", "pronoun", "organisation", "anonymous". */
export function speakersOf(paragraphs: readonly string[]): Speaker[] {
  return quotesOfArticle(paragraphs).flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
}

/** The paragraphs as an article with a title, parsed. */
function quotesOfArticle(paragraphs: readonly string[]): Quote[] {
  const parsed = parseArticle(['Titre', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.article.quotes;
}
