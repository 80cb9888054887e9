// Renders the app as the browser does, at a given URL, with that page's data as if prerendered, and the data of
// other pages for client-side navigation.
import { render } from '@testing-library/react';
import { createMemoryRouter, matchRoutes, RouterProvider } from 'react-router';
import { createRoutes } from '../../src/app/routes';
import type { ArticlePage } from '../../src/content/article-page';
import type { ArticleSummary, PageData } from '../../src/content/page-data';

export function articleData(article: ArticlePage, moreToRead: ArticleSummary[] = []): PageData {
  return { kind: 'article', article, moreToRead };
}

/** `shown` is the page at `url` (an article is taken as an article page); `others` are the pages links lead to, by path. */
export async function renderApp(url: string, shown: PageData | ArticlePage, others: Record<string, PageData> = {}) {
  const data = 'kind' in shown ? shown : articleData(shown);
  const routes = createRoutes(async (path) => others[path] ?? { kind: 'not-found', moreToRead: [] });
  const matches = matchRoutes(routes, url) ?? [];
  // As the browser entry does: a page whose components are a separate chunk is resolved before the first render.
  for (const { route } of matches) if (typeof route.lazy === 'function') Object.assign(route, await route.lazy(), { lazy: undefined });
  const router = createMemoryRouter(routes, { initialEntries: [url], hydrationData: { loaderData: { [matches.at(-1)!.route.id!]: data } } });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router };
}
