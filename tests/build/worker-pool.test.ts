// The build's worker pool: each worker holds a second task while it works on one, and every answer still reaches the
// task it belongs to; a failure fails only what it must.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../scripts/build/worker-pool';
import type { TimedTask } from '../fixtures/workers/timed-task';

const MODULE = new URL('../fixtures/workers/timed-task.ts', import.meta.url);
let pool: WorkerPool<TimedTask, number> | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the build worker pool', () => {
  it('gives each task its own answer, when tasks sent to one worker end in another order than they would alone', async () => {
    pool = new WorkerPool<TimedTask, number>(MODULE, 2);
    // A slow task then quick ones: each worker is sent two at once, and the quick one must not take the slow one's answer.
    const waits = [120, 5, 60, 1, 30, 2, 0, 40];
    const answers = await Promise.all(waits.map((after, value) => pool!.run({ value, after })));
    expect(answers).toEqual(waits.map((_, value) => value));
  });

  it('works on one task at a time in a worker, in the order sent', async () => {
    pool = new WorkerPool<TimedTask, number>(MODULE, 1);
    const finished: number[] = [];
    await Promise.all([80, 10, 0].map((after, value) => pool!.run({ value, after }).then((answer) => finished.push(answer))));
    expect(finished).toEqual([0, 1, 2]);
  });

  it('fails only the task that threw, and goes on with the others', async () => {
    pool = new WorkerPool<TimedTask, number>(MODULE, 2);
    const results = await Promise.allSettled([0, 1, 2, 3].map((value) => pool!.run({ value, after: 5, outcome: value === 1 ? 'throw' : 'answer' })));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('task 1 failed');
  });

  it('fails every task the worker held and every task waiting when a worker ends, rather than leaving the build waiting', async () => {
    pool = new WorkerPool<TimedTask, number>(MODULE, 1);
    const results = await Promise.allSettled([
      pool.run({ value: 0, after: 20, outcome: 'exit' }),
      pool.run({ value: 1, after: 0 }),
      pool.run({ value: 2, after: 0 }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/exit code 3/);
    await expect(pool.run({ value: 3, after: 0 })).rejects.toThrow(/exit code 3/);
  });

  // Skipped where there is no /proc: the priority is set through it, on Linux only (worker-entry.mjs).
  it.skipIf(!existsSync('/proc/thread-self/stat'))('runs its workers at a lower priority than the build\'s thread, which feeds the search index beside the pages', async () => {
    pool = new WorkerPool<TimedTask, number>(MODULE, 1);
    const workerNiceness = await pool.run({ value: 0, after: 0, outcome: 'niceness' });
    const ownNiceness = Number((await import('node:os')).getPriority());
    expect(workerNiceness).toBeGreaterThan(ownNiceness);
  });
});
