// The results of a search, as the reader types: each article once, opened at the paragraph that matched.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { MarkedPassage } from './marked-passage';
import { searchWithPagefind, type SearchAnswer, type SearchArticles } from './search-index';

/** A pause in the typing before searching: each keystroke would otherwise fetch index files. */
const TYPING_PAUSE_MILLISECONDS = 250;

type SearchState = { status: 'searching' } | { status: 'done'; answer: SearchAnswer } | { status: 'failed' };

export function SearchResults({ query, search = searchWithPagefind }: { query: string; search?: SearchArticles }) {
  const [state, setState] = useState<SearchState>({ status: 'searching' });

  useEffect(() => {
    let current = true;
    setState({ status: 'searching' });
    const timer = setTimeout(() => {
      search(query).then(
        (answer) => current && setState({ status: 'done', answer }),
        () => current && setState({ status: 'failed' }),
      );
    }, TYPING_PAUSE_MILLISECONDS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  return (
    <div className="mt-8 font-sans">
      <p role="status" className="text-sm text-muted">
        {state.status === 'searching' && 'Recherche…'}
        {state.status === 'failed' && 'La recherche n’a pas pu se faire. Vérifiez la connexion, puis réessayez.'}
        {state.status === 'done' && summary(state.answer, query)}
      </p>
      {state.status === 'done' && state.answer.hits.length > 0 && (
        <ol className="mt-4 divide-y divide-rule">
          {state.answer.hits.map((hit) => (
            <li key={hit.path} className="py-4">
              <h2 className="font-serif text-xl leading-snug font-bold text-ink">
                <Link to={hit.paragraphId ? `${hit.path}#${hit.paragraphId}` : hit.path} className="underline-offset-4 hover:text-accent hover:underline">
                  {hit.title}
                </Link>
              </h2>
              <p className="mt-1 font-serif leading-relaxed text-ink">
                <MarkedPassage text={hit.passage} query={query} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function summary({ total, hits }: SearchAnswer, query: string): string {
  if (total === 0) return `Aucun article ne contient « ${query} ».`;
  const found = `${total} article${total > 1 ? 's' : ''} pour « ${query} »`;
  return hits.length < total ? `${found}, les ${hits.length} plus pertinents :` : `${found} :`;
}
