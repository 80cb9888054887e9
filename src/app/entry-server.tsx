// Renders one page to HTML at build time, with the same routes the browser hydrates, from the page's own data.
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { PageData } from '../content/page-data';
import { createRoutes } from './routes';

export async function renderPage(path: string, data: PageData): Promise<string> {
  const handler = createStaticHandler(createRoutes(async () => data));
  const context = await handler.query(new Request(new URL(path, 'http://liseuse.invalid')));
  if (context instanceof Response) throw new Error(`the route for ${path} answered with a redirect or a response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: the page's data travels in its own JSON element, not in a script React Router would inline.
  return renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />);
}

export { NOT_FOUND_PATH } from './routes';
