// What every page shares: the skip link, the live region for confirmations, and what a change of page does to scroll
// and focus. (Links to a place in an article, #id, are the article page's to handle: see article-route.tsx.)
import { Outlet, useNavigation } from 'react-router';
import { AnnouncerProvider } from '../components/announcer';
import { usePageNavigation } from './use-page-navigation';

export function RootLayout() {
  usePageNavigation();
  // While the next page's data is on its way (a slow connection): a bar at the top says the click was heard.
  const loading = useNavigation().state === 'loading';
  return (
    <AnnouncerProvider>
      {loading && <div aria-hidden="true" className="fixed inset-x-0 top-0 z-20 h-1 animate-pulse bg-accent" />}
      <a
        href="#contenu"
        className="sr-only z-10 rounded bg-ink px-4 py-3 font-sans font-semibold text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Aller au contenu
      </a>
      <Outlet />
    </AnnouncerProvider>
  );
}
