// What a reader expects when the app changes pages without reloading: the new page starts at its top (or at the
// #place the link names), focus moves to its title so that a screen reader reads where we are, and Back returns to
// the place the reader left, scroll and focus included (the link they followed).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Scroll positions by history entry, for Back and Forward within this visit. */
const scrollPositions = new Map<string, number>();
/** The last link that had focus on each history entry: the one the reader followed, to return to on Back. */
const followedLinks = new Map<string, string>();

export function usePageNavigation(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const entryKey = useRef(location.key);
  const shownPath = useRef(location.pathname);

  // The browser's own restoration would jump before the new page is drawn; the app restores once it is.
  useEffect(() => {
    history.scrollRestoration = 'manual';
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => scrollPositions.set(entryKey.current, window.scrollY));
    };
    // A reload or a return from another site is the browser's to restore, as on any page.
    const handBack = () => {
      history.scrollRestoration = 'auto';
    };
    const rememberLink = (event: FocusEvent) => {
      const href = event.target instanceof HTMLAnchorElement ? event.target.getAttribute('href') : null;
      if (href) followedLinks.set(entryKey.current, href);
    };
    addEventListener('scroll', remember, { passive: true });
    addEventListener('focusin', rememberLink);
    addEventListener('pagehide', handBack);
    return () => {
      removeEventListener('scroll', remember);
      removeEventListener('focusin', rememberLink);
      removeEventListener('pagehide', handBack);
      cancelAnimationFrame(frame);
    };
  }, []);

  useLayoutEffect(() => {
    if (entryKey.current === location.key) return;
    scrollPositions.set(entryKey.current, scrollPositions.get(entryKey.current) ?? window.scrollY);
    entryKey.current = location.key;
    // Typing in the search box rewrites the address (?q=…) in place: that is not a new page.
    const samePage = shownPath.current === location.pathname;
    shownPath.current = location.pathname;
    if (samePage) return;

    const saved = navigationType === 'POP' ? scrollPositions.get(location.key) : undefined;
    // 'instant': the page's CSS asks for smooth scrolling (for links within an article), not for a change of page.
    if (saved !== undefined) window.scrollTo({ top: saved, behavior: 'instant' });
    else if (!location.hash) window.scrollTo({ top: 0, behavior: 'instant' });
    // A #place gets focus from the deep-link handling; on Back, the link the reader followed; otherwise the page's
    // title. None of them moves the view.
    if (location.hash) return;
    const followed = navigationType === 'POP' ? followedLinks.get(location.key) : undefined;
    const link = followed ? document.querySelector<HTMLElement>(`a[href="${CSS.escape(followed)}"]`) : null;
    if (link) {
      link.focus({ preventScroll: true });
      return;
    }
    const title = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('contenu');
    if (!title) return;
    if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: true });
  }, [location, navigationType]);
}
