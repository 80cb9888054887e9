// The bar above every page: the site's name (the way to the front page), the archive and search, the reader's
// settings ("Aa"), and on an article the page's own links (panel-links.tsx). On phones it stays at the top while
// reading: the contents are a tap away.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ReadingSettingsButton } from '../features/reading-settings/reading-settings-button';
import { SEARCH_PAGE_PATH } from '../features/search/search-page-path';

const SITE_LINK = 'inline-flex min-h-11 items-center rounded px-2 font-semibold whitespace-nowrap text-ink hover:bg-highlight';

/** `pageLinks`: links of the page itself (an article's panels), which take the site's links' room on phones. They
 *  come from the page's own chunk: the front page's script does not carry what only an article shows. */
export function SiteHeader({ pageLinks }: { pageLinks?: ReactNode }) {
  return (
    <header className="site-bar -mx-4 px-4 sm:-mx-6 sm:px-6">
      <div className="flex shrink-0 items-center gap-x-2 sm:gap-x-4">
        <Link to="/" className="inline-flex min-h-11 shrink-0 items-center font-bold tracking-tight text-ink hover:text-accent sm:text-lg">
          Liseuse
        </Link>
        {/* On an article on a phone the bar keeps its room for the article's own links: the front page (the site's
            name) leads to the archive and to search. */}
        <nav aria-label="Site" className={pageLinks ? 'max-lg:hidden' : ''}>
          <ul className="flex text-sm">
            <li>
              <Link to="/articles/" className={SITE_LINK}>
                Articles
              </Link>
            </li>
            <li>
              {/* A plain link, so a new document: the search page's policy allows the search index's WebAssembly; the
                  others do not. */}
              <a href={SEARCH_PAGE_PATH} className={SITE_LINK}>
                Rechercher
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <div className="flex min-w-0 items-center">
        {pageLinks}
        <ReadingSettingsButton />
      </div>
    </header>
  );
}
