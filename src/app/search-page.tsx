// "/recherche/?q=…": the search box and, once the reader has typed something, the results. A chunk of its own (see
// routes.tsx); the search index itself loads with the first search.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchPageData } from '../content/page-data';
import { SearchForm } from '../features/search/search-form';
import { PageFrame } from './page-frame';
import { SearchResults } from '../features/search/search-results';

export function SearchPage(_props: { data: SearchPageData }) {
  const [searchParams, setSearchParams] = useSearchParams();
  // The prerendered page knows no query; the address does, once the app runs (same first render, no mismatch).
  const [query, setQuery] = useState<string | null>(null);
  useEffect(() => setQuery(searchParams.get('q') ?? ''), [searchParams]);

  const changeQuery = (next: string) => {
    setQuery(next);
    setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
  };
  const trimmed = query?.trim() ?? '';
  return (
    <PageFrame>
      <h1 className="mb-6 font-serif text-3xl font-bold text-ink">Rechercher</h1>
      <SearchForm live={{ value: query ?? '', onChange: changeQuery }} />
      <noscript>
        <p className="mt-6 font-sans">La recherche a besoin de JavaScript. Tous les articles restent à lire depuis la page « Articles ».</p>
      </noscript>
      {trimmed && <SearchResults query={trimmed} />}
    </PageFrame>
  );
}
