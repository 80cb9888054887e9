// A part of a prerendered page that React adopts after the rest, once the browser is idle or the reader reaches for
// the page: hydration comes in smaller renders and commits instead of one of the whole page (a commit is work React
// cannot split), and the part stays as it was served until then (readable, its links working). React leaves a Suspense
// boundary whose content suspends during hydration as the server wrote it, and hydrates it when the promise settles.
import { createContext, Suspense, use, useEffect, type ReactNode } from 'react';

/** The longest the part waits for the browser to be idle. */
const LATEST_MS = 1000;

let idle: Promise<void> | undefined;
let idleCame = false;
/** Per element id: whether the page had that element at the part's first render, i.e. arrived prerendered with it. */
const servedWith = new Map<string, boolean>();
/** The ids whose part React has adopted: what renders there later (a client-side navigation) is new, not served. */
const adopted = new Set<string>();

/**
 * True while React adopts a part as it was served, after the rest of the page: a component that renders differently
 * once the app runs (components/disclosure-button.tsx) must first render what the server wrote, whatever the rest of
 * the page has become meanwhile, or React would find other HTML than it expects.
 */
export const AdoptingServedPart = createContext(false);

interface HydrateWhenIdleProps {
  /** The id of an element only a prerendered page of this kind has at first (the part waits only on such a page:
   *  rendered after a client-side navigation, it has nothing to adopt and shows at once). */
  servedWith: string;
  children: ReactNode;
}

export function HydrateWhenIdle({ servedWith: id, children }: HydrateWhenIdleProps) {
  return (
    <Suspense fallback={null}>
      <AfterIdle id={id}>{children}</AfterIdle>
    </Suspense>
  );
}

function AfterIdle({ id, children }: { id: string; children: ReactNode }) {
  // Never on the server (no document), nor once the browser has been idle.
  if (typeof document !== 'undefined' && !idleCame) {
    if (!servedWith.has(id)) servedWith.set(id, document.getElementById(id) !== null);
    if (servedWith.get(id)) use((idle ??= browserIdle()));
  }
  useEffect(() => void adopted.add(id), [id]);
  return <AdoptingServedPart value={servedWith.get(id) === true && !adopted.has(id)}>{children}</AdoptingServedPart>;
}

function browserIdle(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      idleCame = true;
      resolve();
    };
    // A reader who points, taps or types before then gets the part adopted at once.
    for (const type of ['pointerdown', 'keydown']) addEventListener(type, done, { once: true, capture: true });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: LATEST_MS });
    else setTimeout(done, LATEST_MS / 4);
  });
}
