// Brings the prerendered page to life: reads the page's data from the document and hydrates the same tree; later
// pages come by client-side navigation, their data from the JSON files the build wrote.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { createRoutes } from './routes';
import { fetchPageData } from './fetch-page-data';
import { readPageDataFromDocument } from './page-data-element';
import './styles.css';
import { PAGE_IDS } from '../lib/page-ids';

// Static hosts also serve a page as ".../index.html"; the routes know the folder's address, which is the same page.
if (location.pathname.endsWith('/index.html')) history.replaceState(history.state, '', location.href.replace(/\/index\.html(?=[?#]|$)/, '/'));

// Not a top-level await: it would stop the bundler from keeping what the later chunks share in this one.
void startApp();

async function startApp(): Promise<void> {
  const routes = createRoutes(fetchPageData);
  const data = readPageDataFromDocument(document);
  const matches = matchRoutes(routes, location) ?? [];
  // A page whose components are a separate chunk (an article) needs them before hydrating, or the first render
  // would be empty and React would throw the prerendered page away.
  await Promise.all(matches.map(({ route }) => resolveLazyRoute(route)));
  const pageRouteId = matches.at(-1)?.route.id;
  const router = createBrowserRouter(routes, {
    // The page's own data: the first render needs no request, and matches the prerendered HTML.
    hydrationData: data && pageRouteId ? { loaderData: { [pageRouteId]: data } } : undefined,
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

async function resolveLazyRoute(route: RouteObject): Promise<void> {
  if (typeof route.lazy !== 'function') return;
  Object.assign(route, await route.lazy(), { lazy: undefined });
}
