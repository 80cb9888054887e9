// What every page shares: the skip link, the live region for confirmations, the handling of #links, and what a
// change of page does to scroll and focus.
import { Outlet } from 'react-router';
import { AnnouncerProvider } from '../components/announcer';
import { useDeepLinkTarget } from '../features/deep-links/use-deep-link-target';
import { usePageNavigation } from './use-page-navigation';

export function RootLayout() {
  useDeepLinkTarget();
  usePageNavigation();
  return (
    <AnnouncerProvider>
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
