// How the search index is kept in two parts, and the file that says how to read them together (no React here: the
// build writes that file, see scripts/build/search-index.ts).

/**
 * Written by every build that changes an article: `delta` is the folder of a small Pagefind index of the articles
 * changed or added since the base index (`/pagefind/`) was written, or null; `superseded` lists the ids of the base's
 * pages that the delta replaces or that were removed, whose hits a search drops.
 */
export interface SearchSegments {
  delta: string | null;
  superseded: string[];
}

export const SEARCH_SEGMENTS_FILE = '/pagefind/segments.json';
