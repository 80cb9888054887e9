// Brings the reader to the place a link points at (#id): scrolls there, marks it for a moment, and moves focus there.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { idFromHash } from '../../lib/id-from-hash';

/** How long a target stays marked: long enough to find it on the page, short enough not to linger. */
const MARK_MILLISECONDS = 2500;
/** A target inside a closed panel shows once the panel opens itself (a frame or two); past this we give up. */
const FRAMES_TO_WAIT_FOR_PANELS = 10;
/** Paragraph ids end with a hash of their text (see the parser): after a correction only that suffix changes. */
const CONTENT_HASH_SUFFIX = /-[a-z0-9]{4}$/;

export function useDeepLinkTarget(): void {
  const { hash, key } = useLocation();
  const firstVisit = useRef(true);

  useEffect(() => {
    const cold = firstVisit.current;
    firstVisit.current = false;
    const id = idFromHash(hash);
    if (!id) return;
    let frame = 0;
    let framesLeft = FRAMES_TO_WAIT_FOR_PANELS;
    const bringIntoView = () => {
      const target = findTarget(id);
      if (!target) return;
      if (target.closest('[hidden]') && framesLeft-- > 0) {
        frame = requestAnimationFrame(bringIntoView);
        return;
      }
      reveal(target, cold);
    };
    frame = requestAnimationFrame(bringIntoView);
    return () => cancelAnimationFrame(frame);
  }, [hash, key]);
}

function findTarget(id: string): HTMLElement | null {
  const exact = document.getElementById(id);
  if (exact) return exact;
  // A link shared before an editor corrected a typo: the words the id starts with still find the one paragraph.
  if (!CONTENT_HASH_SUFFIX.test(id)) return null;
  const prefix = id.replace(CONTENT_HASH_SUFFIX, '-');
  const candidates = Array.from(document.querySelectorAll<HTMLElement>('main [id]')).filter(
    (element) => element.id.startsWith(prefix) && element.id.length === id.length,
  );
  return candidates.length === 1 ? candidates[0]! : null;
}

function reveal(target: HTMLElement, cold: boolean): void {
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // 'instant', not 'auto': 'auto' follows the page's CSS scroll-behavior, which animates a cold link from the top.
  // A quote, or an event's sentence, sits inside its paragraph: centring it keeps the words that lead to it in view.
  const block = target.tagName === 'Q' || target.tagName === 'MARK' ? 'center' : 'start';
  target.scrollIntoView({ block, behavior: cold || reducedMotion ? 'instant' : 'smooth' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  for (const marked of document.querySelectorAll('.is-link-target')) marked.classList.remove('is-link-target');
  target.classList.add('is-link-target');
  setTimeout(() => target.classList.remove('is-link-target'), MARK_MILLISECONDS);
}
