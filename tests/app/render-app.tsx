// Renders the app as the browser does, at a given URL, with the given page data.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { App } from '../../src/app/app';
import { routes } from '../../src/app/routes';
import type { ArticlePage } from '../../src/content/article-page';

export function renderApp(url: string, page: ArticlePage | null) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <App page={page}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, router };
}
