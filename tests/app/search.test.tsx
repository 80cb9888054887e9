// @vitest-environment jsdom
// Searching: the results name each article once, open it at the paragraph that matched, and mark the searched words.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SearchResults } from '../../src/features/search/search-results';
import { hitFromPage, type SearchArticles } from '../../src/features/search/search-index';

function renderResults(query: string, search: SearchArticles) {
  const router = createMemoryRouter([{ path: '*', element: <SearchResults query={query} search={search} /> }]);
  return render(<RouterProvider router={router} />);
}

describe('search results', () => {
  it('links each article at its matching paragraph, with the passage and the searched word marked', async () => {
    const search: SearchArticles = async () => ({
      total: 1,
      hits: [{ path: '/articles/mediatheque/', title: 'La médiathèque rouvre', paragraphId: 'nous-voulions-ab12', passage: 'Les horaires élargis plaisent aux lecteurs.' }],
    });
    renderResults('horaires', search);
    const link = await screen.findByRole('link', { name: 'La médiathèque rouvre' });
    expect(link).toHaveAttribute('href', '/articles/mediatheque/#nous-voulions-ab12');
    expect(screen.getByRole('status')).toHaveTextContent('1 article pour « horaires » :');
    const passage = link.closest('li')!;
    expect(within(passage).getByText('horaires').tagName).toBe('MARK');
    expect(passage).toHaveTextContent('Les horaires élargis plaisent aux lecteurs.');
  });

  it('says so when nothing matches, and when the search could not run', async () => {
    renderResults('zzz', async () => ({ total: 0, hits: [] }));
    expect(await screen.findByText('Aucun article ne contient « zzz ».')).toBeInTheDocument();
    renderResults('hors-ligne', async () => {
      throw new Error('offline');
    });
    expect(await screen.findByText(/La recherche n’a pas pu se faire/)).toBeInTheDocument();
  });
});

describe('the paragraph a result opens at', () => {
  const page = {
    url: '/articles/mediatheque/',
    meta: { title: 'La médiathèque rouvre' },
    anchors: [
      { id: 'second-cd34', text: 'Anne Dupuis parle des horaires.', location: 8 },
      { id: 'premier-ab12', text: 'Les lecteurs découvrent une salle.', location: 3 },
    ],
    locations: [11, 9],
  };

  it('is the last paragraph that starts at or before the first matching word', () => {
    expect(hitFromPage(page)).toEqual({ path: '/articles/mediatheque/', title: 'La médiathèque rouvre', paragraphId: 'second-cd34', passage: 'Anne Dupuis parle des horaires.' });
    expect(hitFromPage({ ...page, locations: [12, 5] }).paragraphId).toBe('premier-ab12');
  });

  it('is none when only the title matched: the article opens at its top, its opening shown', () => {
    expect(hitFromPage({ ...page, locations: [1] })).toMatchObject({ paragraphId: null, passage: 'Les lecteurs découvrent une salle.' });
  });
});
