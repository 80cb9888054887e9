// Starts a build worker thread: the module the pool named (see worker-pool.ts), compiled ahead (scripts/run-compiled.mjs)
// or TypeScript through tsx's loader.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

// A worker yields the cores to the build's own thread and to Pagefind, which write the search index beside the pages:
// sharing them equally, the index ended 55 s after the last page at 100,000 articles, with a core idle meanwhile.
// Linux sets a priority for each thread (this one's id is in /proc/thread-self); elsewhere, workers keep the build's.
// Lower than the build's own, whatever that is: a build run at a raised priority keeps it over other jobs.
if (workerData.niceness) {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), Math.min(19, getPriority() + workerData.niceness));
  } catch {
    // No /proc, or not allowed: the same work, in another order.
  }
}

if (/\.tsx?$/.test(workerData.module)) (await import('tsx/esm/api')).register();
const { default: handle } = await import(workerData.module);
// The pool sends a worker its next task before it answers the last (worker-pool.ts): tasks run one after the other,
// in the order sent, since the pool expects its answers in that order.
let previous = Promise.resolve();
parentPort.on('message', (task) => {
  previous = previous.then(async () => {
    try {
      parentPort.postMessage({ ok: true, value: await handle(task) });
    } catch (error) {
      parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
