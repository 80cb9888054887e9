// What the page's main thread did before its largest paint, task by task, and what Lighthouse's simulation charges for
// it: `BENCH_TASKS=1 npm run bench:lighthouse` prints it for the first app run and the first floor run of each page.
// Lighthouse (lantern, PageDependencyGraph and FirstContentfulPaint.getFirstPaintBasedGraph) keeps, on the path to the
// LCP, the first task that parsed HTML, the first that laid out, the first that painted, and (its pessimistic half)
// every task that laid out and lasted 10 ms or more; it multiplies a task that laid out by 2 and any other by 4. Tasks
// under 10 ms that are none of these first ones are pruned from its graph: they cost nothing in the simulation.

/** The trace events this reads (Chromium's trace format). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

export interface FirstPaintTask {
  /** Milliseconds from the navigation's start. */
  start: number;
  duration: number;
  /** Milliseconds spent in each kind of work this task did (a kind nested in itself counted once). */
  work: Map<string, number>;
  /** The longest events inside it, whatever their kind: where the rest of the task went. */
  longest: [string, number][];
  /** Whether Lighthouse keeps it on the path to the LCP: in both of its estimates, only the pessimistic one, or neither. */
  kept: 'both' | 'pessimistic' | 'pruned';
  /** What the simulation charges for it: its duration times 2 (it laid out) or 4. */
  simulated: number;
}

/** Chromium's names for a scheduled task at the top of the main thread (Lighthouse's TraceProcessor.isScheduleableTask). */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'TaskQueueManager::ProcessTaskFromWorkQueue']);
/** The kinds of work that make a first paint, as trace events name them. */
const WORK = ['ParseHTML', 'ParseAuthorStyleSheet', 'EvaluateScript', 'v8.compile', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
/** Lighthouse's SIGNIFICANT_DUR_THRESHOLD_MS: shorter tasks are pruned from its graph unless they are a first one. */
const SIGNIFICANT_MS = 10;

/** The main-thread tasks of the page at `url`, from the navigation's start to its largest paint (trace microseconds). */
export function firstPaintTasks(events: TraceEvent[], url: string, navigationStart: number, largestPaint: number): FirstPaintTask[] {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no ParseHTML of ${url}`);
  const thread = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: FirstPaintTask[] = [];
  let first = { parse: false, layout: false, paint: false };
  for (const task of thread) {
    if (!TASK_NAMES.has(task.name) || task.ts < navigationStart || task.ts > largestPaint) continue;
    const end = task.ts + task.dur!;
    const inside = thread.filter((event) => event !== task && event.ts >= task.ts && event.ts < end);
    const work = new Map<string, number>();
    for (const name of WORK) {
      let total = 0;
      let coveredUntil = -Infinity;
      for (const event of inside) if (event.name === name && event.ts >= coveredUntil) (total += event.dur!), (coveredUntil = event.ts + event.dur!);
      if (total > 0) work.set(name, total / 1000);
    }
    const duration = task.dur! / 1000;
    const laidOut = work.has('Layout');
    const isFirst = (kind: keyof typeof first, did: boolean) => did && !first[kind] && (first = { ...first, [kind]: true });
    const firstOne = [isFirst('parse', work.has('ParseHTML')), isFirst('layout', laidOut), isFirst('paint', work.has('Paint'))].some(Boolean);
    const kept = firstOne ? 'both' : laidOut && duration >= SIGNIFICANT_MS ? 'pessimistic' : 'pruned';
    if (duration < 0.1 && work.size === 0) continue;
    const longest = inside.filter((event) => !WORK.includes(event.name)).sort((a, b) => b.dur! - a.dur!).slice(0, 4).map((event): [string, number] => [event.name, event.dur! / 1000]);
    tasks.push({ start: (task.ts - navigationStart) / 1000, duration, work, longest, kept, simulated: kept === 'pruned' ? 0 : duration * (laidOut ? 2 : 4) });
  }
  return tasks;
}

/** One line a task, then what the simulation charges in all (each estimate counts half of the LCP). */
export function printFirstPaintTasks(label: string, tasks: FirstPaintTask[]): void {
  console.log(`    ${label}: main-thread tasks before the largest paint (ms from navigation start; simulated = what Lighthouse charges)`);
  for (const task of tasks) {
    const work = [...task.work].map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ');
    console.log(`      at ${task.start.toFixed(1).padStart(6)}  ${task.duration.toFixed(1).padStart(5)} ms  ${task.kept.padEnd(11)} simulated ${task.simulated.toFixed(0).padStart(3)} ms  ${work}`);
    if (task.kept !== 'pruned') console.log(`        longest other events: ${task.longest.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
  }
  const optimistic = tasks.filter((task) => task.kept === 'both').reduce((sum, task) => sum + task.simulated, 0);
  const pessimistic = tasks.reduce((sum, task) => sum + task.simulated, 0);
  console.log(`      CPU on the path: optimistic ${optimistic.toFixed(0)} ms, pessimistic ${pessimistic.toFixed(0)} ms`);
}

/** A task after the largest paint long enough to block in Lighthouse's simulation (×4 over 50 ms: 12.5 ms observed). */
export interface BlockingTask {
  start: number;
  duration: number;
  /** Its longest events, with the script they ran where the trace names one. */
  longest: string[];
}

const BLOCKING_MS = 12.5;

/** The main-thread tasks of the page at `url` after `from` (trace microseconds) that count in Lighthouse's TBT. */
export function blockingTasks(events: TraceEvent[], url: string, navigationStart: number, from: number): BlockingTask[] {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) return [];
  const thread = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur !== undefined);
  return thread
    .filter((task) => TASK_NAMES.has(task.name) && task.ts > from && task.dur! / 1000 >= BLOCKING_MS)
    .map((task) => ({
      start: (task.ts - navigationStart) / 1000,
      duration: task.dur! / 1000,
      longest: thread
        .filter((event) => event !== task && !TASK_NAMES.has(event.name) && event.ts >= task.ts && event.ts < task.ts + task.dur!)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 3)
        .map((event) => `${event.name}${event.args?.data?.url ? ` ${event.args.data.url.replace(/^.*\//, '')}` : ''} ${(event.dur! / 1000).toFixed(1)}`),
    }));
}

export function printBlockingTasks(tasks: BlockingTask[]): void {
  console.log(`      tasks after it of ${BLOCKING_MS} ms or more (Lighthouse's TBT counts 4 × each, minus 50 ms):`);
  for (const task of tasks) console.log(`      at ${task.start.toFixed(1).padStart(6)}  ${task.duration.toFixed(1).padStart(5)} ms  ${task.longest.join(', ')}`);
}
