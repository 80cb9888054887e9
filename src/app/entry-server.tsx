// Renders one page to HTML at build time, with the same routes the browser hydrates.
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { ArticlePage } from '../content/article-page';
import { App } from './app';
import { routes } from './routes';

const handler = createStaticHandler(routes);

export async function renderPage(path: string, page: ArticlePage | null): Promise<string> {
  const context = await handler.query(new Request(new URL(path, 'http://liseuse.invalid')));
  if (context instanceof Response) throw new Error(`the route for ${path} answered with a redirect or a response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: the page's data travels in its own JSON element, not in a script React Router would inline.
  return renderToString(
    <App page={page}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </App>,
  );
}

export { NOT_FOUND_PATH } from './routes';
