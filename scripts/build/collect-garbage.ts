// Collects this thread's garbage before a process of the build's own peaks (Pagefind writing a shard of the search
// index), so that the two peaks do not add up. V8 lets garbage float up to about twice what is live before collecting
// it on its own: at 100,000 articles the build's thread keeps about 300 MB live and held 580–700 MB beside Pagefind.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Garbage allowed to float before a collection is forced. A full collection of a heap of 300 MB costs a few tenths
 * of a second: collecting before each of 125 shards would cost more than it saves; every few shards is enough.
 */
const FLOATING_BYTES = 32 * 1024 * 1024;

let collect: (() => void) | undefined;
let usedAfterLast = 0;

/** Collects when the heap grew by more than `FLOATING_BYTES` since the last collection made here; returns whether it did. */
export function collectGarbageIfGrown(): boolean {
  if (getHeapStatistics().used_heap_size < usedAfterLast + FLOATING_BYTES) return false;
  collect ??= exposedCollector();
  collect();
  usedAfterLast = getHeapStatistics().used_heap_size;
  return true;
}

/** V8's `gc`, as `node --expose-gc` gives it, without asking every way the build is started to pass that flag. */
function exposedCollector(): () => void {
  const given = (globalThis as { gc?: () => void }).gc;
  if (given) return given;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
