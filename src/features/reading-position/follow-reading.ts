// The side column follows the reading: the quotes and events of the passages on screen are marked and scrolled into
// the column's view, instead of the column keeping a scroll of its own that never moves with the text.

/**
 * The column beside the article, as src/lib/page-ids.ts names it: written again, not imported, since this runs in the
 * page's later script (reading-settings-menu.ts says why; a test checks that the two agree).
 */
export const SIDE_COLUMN_ID = 'colonne-laterale';
/** Once the page stops moving for this long: a column that scrolled on every frame would pull the eye away. */
const SETTLE_MILLISECONDS = 150;
/** Room left above the entry brought into view, so it does not stick to the column's edge. */
const MARGIN_PIXELS = 16;

/**
 * Follows whatever column `findColumn` returns at each moment (the app may render a new page, and a new column).
 * Its entries that carry data-passage (the id of the paragraph they come from) are the ones followed.
 */
export function followReading(findColumn: () => HTMLElement | null): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const column = findColumn();
    if (!column) return;
    let first: HTMLElement | null = null;
    for (const entry of column.querySelectorAll<HTMLElement>('[data-passage]')) {
      const box = document.getElementById(entry.dataset.passage ?? '')?.getBoundingClientRect();
      const onScreen = box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
      entry.toggleAttribute('data-in-view', onScreen);
      if (onScreen && !first) first = entry;
    }
    // A reader pointing at or tabbing through the column is reading it: it must not move under them. Phones and
    // tablets show the column after the article, with no scroll of its own: nothing to move there.
    const readerInColumn = column.matches(':hover') || column.contains(document.activeElement);
    if (!first || readerInColumn || column.scrollHeight <= column.clientHeight) return;
    const entryBox = first.getBoundingClientRect();
    const columnBox = column.getBoundingClientRect();
    if (entryBox.top >= columnBox.top && entryBox.bottom <= columnBox.bottom) return;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    column.scrollTo({ top: column.scrollTop + entryBox.top - columnBox.top - MARGIN_PIXELS, behavior: reducedMotion ? 'instant' : 'smooth' });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MILLISECONDS);
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // The first look measures every passage: when the page is idle, not in the middle of the app's start.
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => update());
  return () => {
    clearTimeout(timer);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}
