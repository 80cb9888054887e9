// @vitest-environment jsdom
// An article with intertitles and no edition: each intertitle is an h2 with its id, and the contents list them.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { composeArticlePage } from '../../src/content/compose-article-page';
import { parseArticle } from '../../src/parser/parse-article';
import { renderApp } from './render-app';

const TEXT = [
  'Les syndicats ont-ils raison de manifester ?',
  'Plusieurs milliers de manifestants sont attendus dans les rues de Bruxelles ce jeudi, selon les organisateurs.',
  'Contre le gel des salaires',
  'Le gouvernement a décidé, en novembre dernier, de geler les salaires pendant deux ans, ce que refusent les syndicats.',
  'Pour une réforme fiscale',
  'Les syndicats plaident pour une « fiscalité plus juste à laquelle chacun contribue honnêtement ».',
].join('\n\n');

function pageOf(text: string) {
  const parsed = parseArticle(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  const composed = composeArticlePage('manifestation', parsed.article, null);
  if (!composed.ok) throw new Error('edition problems');
  return composed.page;
}

describe('an article whose text has intertitles, without an edition', () => {
  it('shows each intertitle as an h2 with its id, listed in the contents', async () => {
    await renderApp('/articles/manifestation/', pageOf(TEXT));
    const headings = screen.getAllByRole('heading', { level: 2 }).filter((heading) => heading.closest('article'));
    expect(headings.map((heading) => heading.textContent)).toEqual(['Contre le gel des salaires', 'Pour une réforme fiscale']);
    for (const heading of headings) expect(heading.id).toMatch(/^partie-/);
    const contents = screen.getByRole('navigation', { name: 'Sommaire' });
    const link = within(contents).getByRole('link', { name: 'Pour une réforme fiscale' });
    expect(link).toHaveAttribute('href', `/articles/manifestation/#${headings[1]?.id ?? ''}`);
  });

  it('shows no contents when the text has no intertitle', async () => {
    await renderApp('/articles/manifestation/', pageOf(TEXT.split('\n\n').filter((_, index) => index !== 2 && index !== 4).join('\n\n')));
    expect(screen.queryByRole('navigation', { name: 'Sommaire' })).not.toBeInTheDocument();
  });
});
