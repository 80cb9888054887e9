// The app's routes, shared by the prerender (static router) and the browser (data router).
import type { RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { ArticleRoute } from './article-route';
import { NotFoundPage } from './not-found-page';
import { ErrorPage } from './error-page';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <ArticleRoute /> },
      { path: 'articles/:slug', element: <ArticleRoute /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The URL the not-found page is prerendered at; any path no route claims would do. */
export const NOT_FOUND_PATH = '/404';
