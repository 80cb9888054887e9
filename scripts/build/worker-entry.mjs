// Starts a build worker thread: TypeScript through tsx's loader, then the module the pool named (see worker-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { default: handle } = await import(workerData.module);
parentPort.on('message', async (task) => {
  try {
    parentPort.postMessage({ ok: true, value: await handle(task) });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
