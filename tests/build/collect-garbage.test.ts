// collect-garbage.ts: the build's thread collects before Pagefind writes only when enough garbage floats to matter.
import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { collectGarbageIfGrown } from '../../scripts/build/collect-garbage.ts';

describe('garbage collected before a Pagefind write', () => {
  it('collects once the heap grew past what floats freely, then not again until it grows again', () => {
    collectGarbageIfGrown(); // whatever the test runner left, from a known point on
    expect(collectGarbageIfGrown()).toBe(false);
    // Objects held a while, then let go of, as the page data read back for Pagefind is once sent: about 100 MB.
    let held: { index: number; text: string }[] = Array.from({ length: 1_000_000 }, (_, index) => ({ index, text: `paragraphe ${index}` }));
    expect(held).toHaveLength(1_000_000);
    held = [];
    const before = getHeapStatistics().used_heap_size;
    expect(collectGarbageIfGrown()).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before - 50 * 1024 * 1024);
    expect(collectGarbageIfGrown()).toBe(false);
  });
});
