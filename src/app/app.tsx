// The whole app around a router: the same tree is rendered at build time and hydrated in the browser.
import type { ReactNode } from 'react';
import type { ArticlePage } from '../content/article-page';
import { PageDataContext } from './page-data';

export function App({ page, children }: { page: ArticlePage | null; children: ReactNode }) {
  return <PageDataContext value={page}>{children}</PageDataContext>;
}
