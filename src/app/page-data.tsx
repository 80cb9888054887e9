// The article the current document was built for: prerendered in the HTML, read back by the browser to hydrate.
import { createContext, useContext } from 'react';
import type { ArticlePage } from '../content/article-page';

export const PageDataContext = createContext<ArticlePage | null>(null);

export function usePageData(): ArticlePage | null {
  return useContext(PageDataContext);
}
