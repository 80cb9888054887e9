// Without sections in its edition, an article's contents are the intertitles of its text (issue 7 §4).
import { describe, expect, it } from 'vitest';
import { composeArticlePage } from '../../src/content/compose-article-page';
import { editionSchema } from '../../src/content/edition-schema';
import { parseArticle } from '../../src/parser/parse-article';

const TEXT = [
  'Les salariés lorrains en plein traumatisme social',
  'La direction de Daewoo Orion doit présenter le 17 octobre un plan de restructuration aux juges consulaires.',
  'Liquidation judiciaire',
  'De l’autre côté de la Lorraine, un autre bassin subit depuis près de deux ans déconvenue sur déconvenue.',
  'Après la déconfiture du chausseur Bata, les élus demandent un plan de reconversion pour le bassin.',
].join('\n\n');

function parsed() {
  const result = parseArticle(TEXT);
  if (!result.ok) throw new Error(result.problem);
  return result.article;
}

describe('sections from the text’s intertitles', () => {
  it('gives one section a heading block, with the heading’s id and words, when there is no edition', () => {
    const article = parsed();
    const heading = article.blocks.find((block) => block.kind === 'heading');
    expect(heading).toMatchObject({ text: 'Liquidation judiciaire', id: expect.stringMatching(/^partie-liquidation-judiciaire-/) });
    const composed = composeArticlePage('salaries', article, null);
    expect(composed.ok).toBe(true);
    if (!composed.ok) return;
    expect(composed.page.sections.map((section) => section.heading)).toEqual([null, { id: heading?.id, title: 'Liquidation judiciaire' }]);
    expect(composed.page.sections.map((section) => section.blocks.length)).toEqual([1, 2]);
  });

  it('keeps the edition’s sections when it gives some, and the intertitle as a heading inside them', () => {
    const article = parsed();
    const edition = editionSchema.parse({ sections: [{ id: 'bata', title: 'Après Bata', startsAt: 'Après la déconfiture' }] });
    const composed = composeArticlePage('salaries', article, edition);
    expect(composed.ok).toBe(true);
    if (!composed.ok) return;
    expect(composed.page.sections.map((section) => section.heading?.id ?? null)).toEqual([null, 'bata']);
    expect(composed.page.sections[0]?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});
