// Starts a build worker thread: the module the pool named (see worker-pool.ts), compiled ahead (scripts/run-compiled.mjs)
// or TypeScript through tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';

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
