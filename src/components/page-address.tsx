// The lasting address of the page being read, from which every shareable link is made.
import { createContext, useContext } from 'react';

/** The canonical path of the article ("/articles/<slug>/"): "/" changes with the default article, this does not. */
export const PageAddressContext = createContext<string>('/');

/** The absolute URL of a place in the page, for readers to paste anywhere. */
export function useShareableUrl(): (targetId: string) => string {
  const path = useContext(PageAddressContext);
  return (targetId) => new URL(`${path}#${encodeURIComponent(targetId)}`, window.location.origin).href;
}
