// The search box. A plain form to "/recherche/?q=…": it works with no script, and it loads nothing until it is used.
// The search page loads with its own document (not a client-side navigation) because only it allows WebAssembly.
import type { ChangeEvent } from 'react';
import { SEARCH_PAGE_PATH } from './search-page-path';

export interface LiveQuery {
  value: string;
  onChange: (query: string) => void;
}

/** Without `live`, submitting opens the search page; with it (on the search page), results follow the typing. */
export function SearchForm({ live }: { live?: LiveQuery }) {
  return (
    <form role="search" action={SEARCH_PAGE_PATH} method="get" className="flex flex-wrap items-end gap-2 font-sans" onSubmit={live ? (event) => event.preventDefault() : undefined}>
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-semibold text-ink">
        Rechercher dans les articles
        <input
          type="search"
          name="q"
          className="min-h-11 w-full min-w-[12rem] rounded border border-muted bg-paper px-3 text-base font-normal text-ink"
          {...(live ? { value: live.value, onChange: (event: ChangeEvent<HTMLInputElement>) => live.onChange(event.target.value) } : {})}
        />
      </label>
      <button type="submit" className="min-h-11 rounded bg-ink px-4 font-semibold text-paper hover:bg-accent">
        Rechercher
      </button>
    </form>
  );
}
