// How the search index is kept in two parts, and the file that says how to read them together (no React here: the
// build writes that file, see scripts/build/search-index.ts).

/**
 * Written by every build that changes an article: `shards` are the folders of the base's other parts (the base is
 * written in shards of a few thousand articles, each its own Pagefind index, the first at `/pagefind/`); `delta` is the
 * folder of a small index of the articles changed or added since the base was written, or null; `superseded` lists
 * the ids of the base's pages that the delta replaces or that were removed, whose hits a search drops.
 */
export interface SearchSegments {
  shards: string[];
  delta: string | null;
  superseded: string[];
}

export const SEARCH_SEGMENTS_FILE = '/pagefind/segments.json';
