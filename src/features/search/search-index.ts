// Searches the index the build wrote with Pagefind (/pagefind/), and says which paragraph of each article matched.
// Loaded with the search results only: the front page and the articles never download it.

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

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}

/** Put after every "&" of the indexed text by the build (scripts/build/search-index.ts), and taken out here. */
export const WORD_JOINER = '\u2060';

/** Results shown at once: each costs the fetch of a small fragment file. */
const RESULTS_SHOWN = 10;

let pagefind: Promise<Pagefind> | undefined;

export const searchWithPagefind: SearchArticles = async (query) => {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>;
  const search = await (await pagefind).search(query);
  if (!search) return { total: 0, hits: [] };
  const pages = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
  return { total: search.results.length, hits: pages.map(hitFromPage) };
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
