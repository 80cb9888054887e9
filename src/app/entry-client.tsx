// Brings the prerendered page to life: reads the page's data from the JSON file the build wrote beside it (the same
// file a client-side navigation reads) and hydrates the same tree. The data is not in the HTML: it would make every
// page's first download larger, and a phone waits for all of it before the first paint.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { createRoutes, NOT_FOUND_PATH } from './routes';
import { fetchPageData } from './fetch-page-data';
import './styles.css';
import { PAGE_IDS } from '../lib/page-ids';
import { routerWindow } from './router-window';

// Static hosts also serve a page as ".../index.html"; the routes know the folder's address, which is the same page.
if (location.pathname.endsWith('/index.html')) history.replaceState(history.state, '', location.href.replace(/\/index\.html(?=[?#]|$)/, '/'));

// Not a top-level await: it would stop the bundler from keeping what the later chunks share in this one.
void startApp();

async function startApp(): Promise<void> {
  const routes = createRoutes(fetchPageData);
  const matches = matchRoutes(routes, location) ?? [];
  // A page whose components are a separate chunk (an article) needs them before hydrating, or the first render
  // would be empty and React would throw the prerendered page away. Its data comes at the same time.
  const [data] = await Promise.all([fetchPageData(pageDataPath()).catch(() => null), ...matches.map(({ route }) => resolveLazyRoute(route))]);
  // No data (offline, and this page never opened with the app): the prerendered page stays as it is, readable.
  if (!data) return;
  // The router's start and hydration's first work in a task of their own: when the data file is there before the
  // script has run, they would otherwise follow its evaluation in the same task, one long task instead of two.
  await new Promise((resolve) => setTimeout(resolve));
  const pageRouteId = matches.at(-1)?.route.id;
  const router = createBrowserRouter(routes, {
    window: routerWindow(),
    // The page's own data, read above: the router's first render asks for nothing more, and matches the prerendered HTML.
    hydrationData: pageRouteId ? { loaderData: { [pageRouteId]: data } } : undefined,
  });
  const container = document.getElementById(PAGE_IDS.appRoot)!;
  const tree = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // Built pages arrive rendered; the development server sends an empty shell. As a transition, hydration yields to
  // the browser every few milliseconds instead of holding the main thread while a reader scrolls or taps.
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, tree));
  else createRoot(container).render(tree);
}

/** Whose data this page is: an address with no page was answered with the not-found page (status 404), whose data
 *  is that page's (asking for the address's own data file would only get a second 404). */
function pageDataPath(): string {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.responseStatus === 404 ? NOT_FOUND_PATH : location.pathname;
}

async function resolveLazyRoute(route: RouteObject): Promise<void> {
  if (typeof route.lazy !== 'function') return;
  Object.assign(route, await route.lazy(), { lazy: undefined });
}
