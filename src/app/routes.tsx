// The app's routes, shared by the prerender (static router) and the browser (data router). Every page's data comes
// from one source: at build time the page being written, in the browser the JSON file the build wrote beside it.
import type { ReactNode } from 'react';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import type { PageData } from '../content/page-data';
import { RootLayout } from './root-layout';
import { PageRoute } from './page-route';
import { FrontPage } from './front-page';
import { NotFoundPage } from './not-found-page';
import { ErrorPage } from './error-page';

/** Reads the data of the page at a path ("/articles/x/"); answers "not found" data for a path with no page. */
export type PageDataSource = (path: string) => Promise<PageData>;

/** The search page has no data to load: its results come from the search index, once the reader asks. */
const SEARCH_PAGE: PageData = { kind: 'search' };

export function createRoutes(loadPage: PageDataSource): RouteObject[] {
  const loader = ({ request }: LoaderFunctionArgs) => loadPage(new URL(request.url).pathname);
  return [
    {
      id: 'root',
      path: '/',
      element: <RootLayout />,
      errorElement: <ErrorPage />,
      children: [
        { id: 'front-page', index: true, loader, element: <PageRoute kind="front-page" page={FrontPage} /> },
        // Every other page's components are a chunk of their own: the front page downloads none of them. Each is
        // imported from here only, never from another chunk: a chunk loaded by a chunk makes the bundler move React
        // out of the entry into a chunk of its own, one more request and a kilobyte more on every page.
        { id: 'archive', path: 'articles', loader, lazy: archivePage },
        { id: 'archive-page', path: 'articles/pages/:pageNumber', loader, lazy: archivePage },
        { id: 'article', path: 'articles/:slug', loader, lazy: articlePage },
        { id: 'search', path: 'recherche', loader: () => SEARCH_PAGE, lazy: async () => ({ element: <PageRoute kind="search" page={(await import('./search-page')).SearchPage} /> }) },
        { id: 'not-found', path: '*', loader, element: <PageRoute kind="not-found" page={NotFoundPage} /> },
      ],
    },
  ];
}

/** An article's page, and its own error page: the article's text stays readable when a part of the page fails. */
async function articlePage(): Promise<{ element: ReactNode; errorElement: ReactNode }> {
  const { ArticleRoute, ArticleErrorPage } = await import('./article-route');
  return { element: <PageRoute kind="article" page={ArticleRoute} />, errorElement: <ArticleErrorPage /> };
}

async function archivePage(): Promise<{ element: ReactNode }> {
  return { element: <PageRoute kind="archive" page={(await import('./archive-page')).ArchivePage} /> };
}

/** The URL the not-found page is prerendered at (and its data written under); any path no page claims would do. */
export const NOT_FOUND_PATH = '/404';
