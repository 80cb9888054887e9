// The search page's address, for the search box, the site's header and the build (no React here: the build imports it).

/** Links to it load a new document: only its policy allows the search index's WebAssembly. */
export const SEARCH_PAGE_PATH = '/recherche/';
