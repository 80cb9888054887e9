// Searches the index the build wrote with Pagefind (/pagefind/), and says which paragraph of each article matched.
// Loaded with the search results only: the front page and the articles never download it.
import { SEARCH_SEGMENTS_FILE, type SearchSegments } from './search-segments';

/** Where the build writes Pagefind's bundle; its script is loaded from the site itself, as the page's policy asks. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** One article that matched, and the paragraph to open it at. */
export interface SearchHit {
  /** "/articles/<slug>/". */
  path: string;
  title: string;
  /** The matching paragraph's id, or null when only the title matched. */
  paragraphId: string | null;
  /** The matching paragraph's text (the article's opening when only the title matched). */
  passage: string;
}

export interface SearchAnswer {
  /** How many articles match in all. */
  total: number;
  hits: SearchHit[];
}

export type SearchArticles = (query: string) => Promise<SearchAnswer>;

/** What Pagefind says of a page: its anchors are the elements with an id, placed by the word they start at. */
export interface PagefindPage {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: { id: string; text: string; location: number }[];
  /** The positions (in words) of the matching words. */
  locations: number[];
}

/** What the search page uses of Pagefind's script. */
export interface Pagefind {
  /** Pagefind resolves its own files against the address of its script, unless told where they are. */
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  mergeIndex(indexPath: string, options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindPage> }[] } | null>;
}

/** Put after every "&" of the indexed text by the build (scripts/build/search-index.ts), and taken out here. */
export const WORD_JOINER = '\u2060';

/** Results shown at once: each costs the fetch of a small fragment file. */
const RESULTS_SHOWN = 10;

/** The base index with the recent changes merged in, and the ids of the base's pages those replaced or removed. */
export interface SearchIndex {
  pagefind: Pagefind;
  superseded: ReadonlySet<string>;
}

/** Merges the base's other shards and the delta into the first shard; `origin` is the site's, when the page's is not (a test). */
export async function openSearchIndex(pagefind: Pagefind, segments: SearchSegments | null, origin = ''): Promise<SearchIndex> {
  // Results keep the site's own addresses ("/articles/…"), wherever the index files were fetched from.
  if (origin) await pagefind.options({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
  // Side by side: each part fetches its own two small entry files, and 100,000 articles make 125 shards.
  const parts = [...(segments?.shards ?? []), ...(segments?.delta ? [segments.delta] : [])];
  await Promise.all(parts.map((part) => pagefind.mergeIndex(`${origin}${part}`, { baseUrl: '/' })));
  return { pagefind, superseded: new Set(segments?.superseded ?? []) };
}

/** The articles that match, best first: a changed article once (its new text), a removed one never. */
export async function searchArticlesIn({ pagefind, superseded }: SearchIndex, query: string): Promise<SearchAnswer> {
  const search = await pagefind.search(query);
  if (!search) return { total: 0, hits: [] };
  const results = search.results.filter((result) => !superseded.has(result.id));
  const pages = await Promise.all(results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
  return { total: results.length, hits: pages.map(hitFromPage) };
}

let opened: Promise<SearchIndex> | undefined;

export const searchWithPagefind: SearchArticles = async (query) => {
  opened ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>,
    // A site built before the index was kept in two parts has no segments file: its base is all there is.
    fetch(SEARCH_SEGMENTS_FILE).then((response) => (response.ok ? (response.json() as Promise<SearchSegments>) : null)),
  ]).then(([pagefind, segments]) => openSearchIndex(pagefind, segments));
  // A failed start (the network, mid-deploy) is tried again at the next search rather than kept.
  opened.catch(() => (opened = undefined));
  return searchArticlesIn(await opened, query);
};

/** The paragraph an article matched in: the last anchor that starts at or before the first matching word. */
export function hitFromPage(page: PagefindPage): SearchHit {
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const firstMatch = page.locations.length > 0 ? Math.min(...page.locations) : -1;
  const matched = anchors.filter((anchor) => anchor.location <= firstMatch).at(-1) ?? null;
  const path = page.url.replace(/#.*$/, '');
  return {
    path,
    title: (page.meta.title ?? path).replaceAll(WORD_JOINER, ''),
    paragraphId: matched?.id ?? null,
    passage: ((matched ?? anchors[0])?.text ?? '').replaceAll(WORD_JOINER, ''),
  };
}
