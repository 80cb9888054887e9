// Starts a build worker thread: the module the pool named (see worker-pool.ts), compiled ahead (scripts/run-compiled.mjs)
// or TypeScript through tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';

if (/\.tsx?$/.test(workerData.module)) (await import('tsx/esm/api')).register();
const { default: handle } = await import(workerData.module);
parentPort.on('message', async (task) => {
  try {
    parentPort.postMessage({ ok: true, value: await handle(task) });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
