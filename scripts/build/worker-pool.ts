// A few worker threads, one a core, that take tasks in turn: parsing and rendering use every core of the machine.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runnableModule } from './runnable-module.ts';

/** Runs tasks: a pool of worker threads, or this thread when there is too little work to be worth starting them. */
export interface TaskRunner<Task, Result> {
  /** How many tasks it runs at once. */
  readonly size: number;
  run(task: Task): Promise<Result>;
}

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * Tasks a worker holds at once: the one it works on and the next, waiting in its inbox. With one, a worker that
 * answered waited for this thread to send it more, and this thread is often busy (the search index is written beside
 * the pages): the page workers sat idle 8% of the time.
 */
const TASKS_A_WORKER = 2;
/** How much lower than the build's thread a worker's priority is (added to its Unix "nice" value; see worker-entry.mjs). */
const WORKER_NICENESS = 10;

/**
 * Tasks go to whichever worker holds the fewest; `run` resolves with the worker's answer. A worker that dies (out of
 * memory, a crash in native code) fails the tasks it held and the pool, rather than leaving the build waiting.
 */
export class WorkerPool<Task, Result> implements TaskRunner<Task, Result> {
  private readonly queue: { task: Task; pending: Pending<Result> }[] = [];
  /** What each worker was sent and has not answered yet, in the order it was sent (a worker answers in that order). */
  private readonly running = new Map<Worker, Pending<Result>[]>();
  private failure: Error | null = null;

  /** `module` is a TypeScript file whose default export answers one task (see build-worker.ts). */
  constructor(module: URL, size: number) {
    for (let index = 0; index < size; index++) {
      // The workers load the build's compiled modules, or TypeScript through tsx whatever runs the build (tsx itself,
      // or Vitest in the tests).
      // NODE_ENV=production: the server renderer imports React, which picks its build from it; its development
      // build renders pages about five times slower (and the build's caller may be a test runner, NODE_ENV=test).
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { module: runnableModule(module), niceness: WORKER_NICENESS },
        env: { ...process.env, NODE_ENV: 'production' },
      });
      worker.on('message', (result: { ok: true; value: Result } | { ok: false; error: string }) => {
        const pending = this.running.get(worker)?.shift();
        if (result.ok) pending?.resolve(result.value);
        else pending?.reject(new Error(result.error));
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(worker, new Error(`a build worker stopped (exit code ${code})`));
      });
      this.running.set(worker, []);
    }
  }

  get size(): number {
    return this.running.size;
  }

  run(task: Task): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.running.keys()].map((worker) => worker.terminate()));
  }

  /** Sends queued tasks to the workers holding the fewest, while any holds fewer than it may. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.failure) {
      let least: Pending<Result>[] | undefined;
      let chosen: Worker | undefined;
      for (const [worker, held] of this.running) {
        if (held.length < TASKS_A_WORKER && (!least || held.length < least.length)) [chosen, least] = [worker, held];
      }
      if (!chosen || !least) return;
      const item = this.queue.shift()!;
      least.push(item.pending);
      chosen.postMessage(item.task);
    }
  }

  private fail(worker: Worker, error: Error): void {
    this.failure ??= error;
    for (const pending of this.running.get(worker)?.splice(0) ?? []) pending.reject(error);
    for (const { pending } of this.queue.splice(0)) pending.reject(error);
  }
}

/**
 * The same tasks in this thread, one at a time. React is loaded in its production build here too: a development
 * build beside it would render slower and differently (the caller may be a test runner, with NODE_ENV=test).
 */
export function inThisThread<Task, Result>(module: URL): TaskRunner<Task, Result> {
  return {
    size: 1,
    async run(task) {
      const { default: handle } = (await import(runnableModule(module))) as { default: (task: Task) => Promise<Result> };
      const callersNodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        return await handle(task);
      } finally {
        if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = callersNodeEnv;
      }
    },
  };
}

/** One worker a core, unless LISEUSE_BUILD_WORKERS says otherwise (a shared CI machine, a benchmark). */
export function defaultPoolSize(): number {
  const asked = Number(process.env.LISEUSE_BUILD_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(1, availableParallelism());
}

/**
 * Runs `handle` on every item in batches, keeping at most two batches a worker in flight: the results stream back in
 * order of completion and nothing waits in memory for all of them.
 */
export async function runInBatches<Item, Task, Result>(
  pool: TaskRunner<Task, Result>,
  items: Item[],
  batchSize: number,
  toTask: (batch: Item[]) => Task,
  onResult: (result: Result) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  for (let start = 0; start < items.length && !failure; start += batchSize) {
    const job: Promise<void> = pool
      .run(toTask(items.slice(start, start + batchSize)))
      .then(onResult)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
}
