// `npm run bench:first-paint -- <page path> <label>=<built site folder>…`: the main thread's CPU time (a trace's
// thread time, which the machine's other jobs stretch far less than wall time) before the first contentful paint, kind
// by kind, and after it until the page is idle, for builds loaded in turns. It prints figures and decides nothing:
// it tells two revisions of the page apart where Lighthouse's simulated LCP, which multiplies wall time, cannot.
// BENCH_LOADS (default 9) loads of each build, unthrottled, in a fresh browser context each. A folder can be any
// build, or a copy of one with a page edited by hand (remove its .br and .gz, and the Content-Security-Policy from
// _headers and the page if a script or style changed: the server would send the old one's hashes).
import { chromium } from 'playwright-core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/serve-static.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
/** The kinds of work of a first paint, as Chromium's trace names them. */
const KINDS = ['ParseHTML', 'ParseAuthorStyleSheet', 'EvaluateScript', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string; frame?: string } };
}

interface Load {
  /** Thread milliseconds of each kind before the first contentful paint, and of all tasks before it. */
  before: Map<string, number>;
  /** Thread milliseconds of all tasks after it (until the page was idle), and of the longest of them. */
  after: number;
  longest: number;
  /** What Lighthouse's TBT would make of the tasks after the paint: each task's wall time times 4, less 50 ms (as Lantern, on the unthrottled trace). */
  blocking: number;
}

async function main() {
  const [path, ...builds] = process.argv.slice(2);
  if (!path || builds.length === 0) throw new Error('usage: npm run bench:first-paint -- <page path> <label>=<built site folder>…');
  const servers: [string, Server][] = [];
  for (const build of builds) {
    const [label, dir] = build.split('=') as [string, string];
    servers.push([label, await serveStatic(resolve(dir), 0, '127.0.0.1')]);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox'] });
  const loads = new Map<string, Load[]>(servers.map(([label]) => [label, []]));
  try {
    for (let round = 0; round <= LOADS; round++) {
      for (const [label, server] of servers) {
        const load = await traceLoad(browser, `http://localhost:${(server.address() as AddressInfo).port}${path}`);
        if (round > 0) loads.get(label)!.push(load); // the first round warms the browser up
      }
    }
  } finally {
    await browser.close();
    for (const [, server] of servers) server.close();
  }
  const kinds = [...KINDS, 'all tasks'];
  console.log(`${path}: main-thread CPU (ms, median of ${LOADS} loads) before the first contentful paint, then after it until idle`);
  console.log(`${''.padEnd(12)}${kinds.map((kind) => kind.padStart(13)).join('')}${'after'.padStart(9)}${'longest'.padStart(9)}${'TBT-like'.padStart(10)}`);
  for (const [label, runs] of loads) {
    const cells = kinds.map((kind) => median(runs.map((run) => run.before.get(kind) ?? 0)).toFixed(2).padStart(13));
    console.log(`${label.padEnd(12)}${cells.join('')}${median(runs.map((run) => run.after)).toFixed(1).padStart(9)}${median(runs.map((run) => run.longest)).toFixed(1).padStart(9)}${median(runs.map((run) => run.blocking)).toFixed(0).padStart(10)}  (TBT-like each load: ${runs.map((run) => run.blocking.toFixed(0)).join(' ')})`);
  }
}

async function traceLoad(browser: import('playwright-core').Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  await context.close();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!parse || !paint) throw new Error(`no ParseHTML or first contentful paint in the trace of ${url}`);
  const thread = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.tdur !== undefined);
  const before = new Map<string, number>();
  let after = 0;
  let longest = 0;
  let blocking = 0;
  for (const event of thread) {
    const end = event.ts + (event.dur ?? 0);
    if (TASK_NAMES.has(event.name)) {
      if (end <= paint.ts) before.set('all tasks', (before.get('all tasks') ?? 0) + event.tdur! / 1000);
      else if (event.ts >= paint.ts) {
        after += event.tdur! / 1000;
        longest = Math.max(longest, event.tdur! / 1000);
        blocking += Math.max(0, (4 * event.dur!) / 1000 - 50);
      }
    } else if (KINDS.includes(event.name) && end <= paint.ts) before.set(event.name, (before.get(event.name) ?? 0) + event.tdur! / 1000);
  }
  return { before, after, longest, blocking };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

await main();
