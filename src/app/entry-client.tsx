// Brings the prerendered page to life: reads the page's data from the document and hydrates the same tree.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { ArticlePage } from '../content/article-page';
import { App } from './app';
import { routes } from './routes';
import { PAGE_DATA_ELEMENT_ID } from './page-data-element';
import './styles.css';
import { PAGE_IDS } from '../lib/page-ids';

// Static hosts also serve a page as ".../index.html"; the routes know the folder's address, which is the same page.
if (location.pathname.endsWith('/index.html')) history.replaceState(history.state, '', location.href.replace(/\/index\.html(?=[?#]|$)/, '/'));

const dataElement = document.getElementById(PAGE_DATA_ELEMENT_ID);
const page = dataElement?.textContent ? (JSON.parse(dataElement.textContent) as ArticlePage | null) : null;
const router = createBrowserRouter(routes);
const container = document.getElementById(PAGE_IDS.appRoot)!;
const tree = (
  <StrictMode>
    <App page={page}>
      <RouterProvider router={router} />
    </App>
  </StrictMode>
);

// Built pages arrive rendered; the development server sends an empty shell. As a transition, hydration yields to
// the browser every few milliseconds instead of holding the main thread while a reader scrolls or taps.
if (container.firstElementChild) startTransition(() => void hydrateRoot(container, tree));
else createRoot(container).render(tree);
