// Renders one page to HTML at build time, with the same routes the browser hydrates, from the page's own data.
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { PageData } from '../content/page-data';
import { createRoutes } from './routes';

/** The data of each page being rendered, by its path: the one handler's loader hands each query its own. */
const pagesBeingRendered = new Map<string, PageData>();

/**
 * One handler for every page a build worker renders: making one flattens and ranks the routes, and its article route
 * is loaded lazily again each time. Made per page, that was a fifth of a page's render.
 */
const handler = createStaticHandler(
  createRoutes(async (path) => {
    const data = pagesBeingRendered.get(path);
    if (!data) throw new Error(`no data given for ${path}`);
    return data;
  }),
);

export async function renderPage(path: string, data: PageData): Promise<string> {
  const url = new URL(path, 'http://liseuse.invalid');
  if (pagesBeingRendered.has(url.pathname)) throw new Error(`${path} is being rendered already`);
  pagesBeingRendered.set(url.pathname, data);
  try {
    const context = await handler.query(new Request(url));
    if (context instanceof Response) throw new Error(`the route for ${path} answered with a redirect or a response`);
    const router = createStaticRouter(handler.dataRoutes, context);
    // hydrate={false}: the page's data travels in its own JSON element, not in a script React Router would inline.
    return renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />);
  } finally {
    pagesBeingRendered.delete(url.pathname);
  }
}

export { NOT_FOUND_PATH } from './routes';
