// `npm run bench:lighthouse`: how fast Liseuse reaches a reader, against the floor (the same text as a bare HTML page).
// Lighthouse lives in this folder's own package (installed on demand): the app's `npm ci` does not bring it.
// It prints figures; it never passes or fails on time. The build's own speed is scripts/bench-build.ts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, setPriority, tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildSite } from '../scripts/build/build-site.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { pageAssets } from '../scripts/page-assets.ts';
import { precompressFile } from '../scripts/build/precompress.ts';
import type { PageData } from '../src/content/page-data.ts';
import { lanternPath, printLanternPath, type LanternPath } from './lantern-path.ts';
import { blockingTasks, firstPaintTasks, printBlockingTasks, printFirstPaintTasks, type TraceEvent } from './first-paint-tasks.ts';

const projectDir = resolve(import.meta.dirname, '..');
const distDir = join(projectDir, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Lighthouse's simulated figures vary from run to run: every run is printed, and the target holds only if it holds in each. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The target of the performance issue: the app's LCP within this factor of the floor's, in every run. */
const LCP_TARGET = 1.05;
/**
 * BENCH_NICE=-10 runs Chromium (every process of it, and the renderers it starts later) before the machine's other
 * jobs: Lighthouse multiplies the CPU time it observes by 4, and on a shared machine that time grows with everyone
 * else's load (the floor's too, but not in step). App and floor run in the same browser: both get the same priority.
 * Needs the right to raise a priority (root); it holds up other jobs while it runs.
 */
const CHROMIUM_NICE = process.env.BENCH_NICE === undefined ? undefined : Number(process.env.BENCH_NICE);
/**
 * BENCH_AGAINST=<a built site's folder> (another revision's dist/, built beforehand) is measured in the same turns,
 * right after each floor run: its LCP is compared with the same floor run as the app's, so that two revisions are
 * told apart under the same load. The floor is this build's page, bare (the same words as the other's).
 * BENCH_AGAINST=floor measures the floor against itself: how far two runs of the same bare page fall apart, the noise
 * under which the app's ratio is read.
 */
const AGAINST_DIR = process.env.BENCH_AGAINST;
/** BENCH_TASKS=1 prints, for each page's first app run and first floor run, its main-thread tasks before the LCP. */
const SHOW_TASKS = Boolean(process.env.BENCH_TASKS);
/** BENCH_PATH=1 prints, for every run, what the simulation puts on the path to the LCP and the LCP without any CPU. */
const SHOW_PATH = Boolean(process.env.BENCH_PATH);

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  /** What the unthrottled page load really did, which Lighthouse's simulation starts from. */
  observedLcp: number;
  observedFcp: number;
  /** The scripts whose request ended before the observed LCP: Lighthouse puts those on the simulated path to it. */
  scriptsBeforeLcp: string[];
  /** The page's own download, headers included: past TCP's first window (10 segments, 14,600 B), Lighthouse's
   *  simulation adds a round trip before the first paint. */
  documentBytes: number;
  /** Lighthouse's measure of the machine's speed at the start of the run (higher is faster): on this shared machine it
   *  falls as the load rises, and every CPU task Lighthouse multiplies by 4 has grown with it. */
  benchmarkIndex: number;
  /** BENCH_PATH: the simulated path to the LCP (bench/lantern-path.ts). */
  path?: LanternPath;
}

interface MeasuredPage {
  name: string;
  path: string;
  /** The same page as bare HTML, with nothing the app adds. */
  floorHtml: string;
}

async function main() {
  console.log(`Liseuse benchmark — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, Lighthouse mobile preset (simulated throttling), ${RUNS} runs a page`);
  console.log(`Machine load (1, 5, 15 min) at the start: ${loadAverage()}\n`);

  const started = performance.now();
  await buildSite({ projectDir, articlesDir: join(projectDir, 'src/content/articles'), outDir: distDir, siteUrl: 'http://localhost:4173' });
  console.log(`Build of the site (${countArticles(join(projectDir, 'src/content/articles'))} articles): ${seconds(started)} s`);

  const shipped = pageAssets(distDir);
  console.log(`Home page: HTML ${kb(shipped.html)} gzip, JavaScript ${shipped.javascript} B gzip (${shipped.scripts.join(', ')}) then ${kb(shipped.laterJavascript)} later (${shipped.laterScripts.join(', ')}), CSS ${kb(shipped.css)} gzip (inline)\n`);

  const pages: MeasuredPage[] = [
    { name: 'front page', path: '/', floorHtml: bareCopy(readFileSync(join(distDir, 'index.html'), 'utf8')) },
    { name: 'article page', path: featuredArticlePath(), floorHtml: '' },
  ];
  pages[1]!.floorHtml = bareCopy(readFileSync(join(distDir, pages[1]!.path, 'index.html'), 'utf8'));

  const floorDir = mkdtempSync(join(tmpdir(), 'liseuse-floor-'));
  for (const page of pages) {
    mkdirSync(join(floorDir, page.path), { recursive: true });
    writeFileSync(join(floorDir, page.path, 'index.html'), page.floorHtml);
    // Served compressed like the app's pages (the server sends the stored .br), or the floor would pay for its bytes.
    precompressFile(join(floorDir, page.path, 'index.html'));
  }
  const usualDir = process.env.BENCH_USUAL ? usualPrerenderedSite() : undefined;

  const app = await serveStatic(distDir, 0, '127.0.0.1');
  const floor = await serveStatic(floorDir, 0, '127.0.0.1');
  const usual = usualDir ? await serveStatic(usualDir, 0, '127.0.0.1') : undefined;
  const against = AGAINST_DIR ? await serveStatic(AGAINST_DIR === 'floor' ? floorDir : resolve(AGAINST_DIR), 0, '127.0.0.1') : undefined;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  if (CHROMIUM_NICE !== undefined) prioritize(chrome.pid, CHROMIUM_NICE);
  let met = true;
  try {
    // A first run in a fresh Chromium pays for starting it (seconds of CPU, a TBT in the thousands): not counted.
    await lighthouse(`${origin(floor)}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
    for (const page of pages) {
      console.log(`— ${page.name} (${page.path}) —`);
      // The app and its floor in turns: each app run is compared with the floor run made right after it, under the
      // same load of this shared machine (Lighthouse scales the CPU time it observed by 4).
      const appRuns: Figures[] = [];
      const floorRuns: Figures[] = [];
      const againstRuns: Figures[] = [];
      for (let run = 1; run <= RUNS; run++) {
        appRuns.push(await measure(`app run ${run}`, `${origin(app)}${page.path}`, chrome.port));
        floorRuns.push(await measure(`floor run ${run}`, `${origin(floor)}${page.path}`, chrome.port));
        if (against) againstRuns.push(await measure(`against run ${run}`, `${origin(against)}${page.path}`, chrome.port));
      }
      if (against) printAgainst(againstRuns, floorRuns);
      const usualRuns: Figures[] = [];
      if (usual && page.path === '/') for (let run = 1; run <= RUNS; run++) usualRuns.push(await measure(`usual run ${run}`, `${origin(usual)}/`, chrome.port));
      met = printComparison(appRuns, floorRuns, usualRuns.length > 0 ? usualRuns : undefined) && met;
    }
  } finally {
    await chrome.kill();
    for (const server of [app, floor, usual, against]) server?.close();
    for (const dir of [floorDir, usualDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nMachine load at the end: ${loadAverage()}`);
  console.log(met ? 'Every target met in every run.' : 'Some target missed (see above).');
}

async function measure(label: string, url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const observed = (audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  const tasks = SHOW_TASKS && label.endsWith(' run 1')
    ? firstPaintTasks(result.artifacts.Trace.traceEvents as TraceEvent[], url, observed.observedNavigationStartTs ?? 0, observed.observedLargestContentfulPaintTs ?? Infinity)
    : undefined;
  const requests = ((audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []);
  // network-requests times count from the first request, the observed metrics from the navigation's start.
  const firstRequest = Math.min(...requests.map((request) => request.networkRequestTime ?? Infinity));
  const observedLcp = (observed.observedLargestContentfulPaint ?? NaN) - (observed.observedNavigationStart ?? 0);
  const figures: Figures = {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories['best-practices']?.score),
    seo: score(categories.seo?.score),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    bytes: audits['total-byte-weight']?.numericValue ?? NaN,
    observedLcp,
    observedFcp: (observed.observedFirstContentfulPaint ?? NaN) - (observed.observedNavigationStart ?? 0),
    documentBytes: requests.find((request) => request.resourceType === 'Document')?.transferSize ?? NaN,
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    scriptsBeforeLcp: requests
      .filter((request) => request.resourceType === 'Script' && (request.networkEndTime ?? Infinity) - firstRequest <= observedLcp)
      .map((request) => new URL(request.url).pathname),
    path: SHOW_PATH ? await lanternPath(result.artifacts as never) : undefined,
  };
  console.log(
    `  ${label}: ${figures.performance}/${figures.accessibility}/${figures.bestPractices}/${figures.seo}, LCP ${ms(figures.lcp)}, FCP ${ms(figures.fcp)}, TBT ${ms(figures.tbt)}, CLS ${figures.cls.toFixed(3)}; document ${figures.documentBytes} B;` +
      ` observed FCP ${ms(figures.observedFcp)}, LCP ${ms(figures.observedLcp)}${figures.scriptsBeforeLcp.length ? `, scripts before it: ${figures.scriptsBeforeLcp.join(', ')}` : ''}; benchmark index ${Math.round(figures.benchmarkIndex)}, load ${loadAverage()}`,
  );
  if (figures.path) printLanternPath(figures.path);
  if (tasks) {
    printFirstPaintTasks(label, tasks);
    const events = result.artifacts.Trace.traceEvents as TraceEvent[];
    printBlockingTasks(blockingTasks(events, url, observed.observedNavigationStartTs ?? 0, observed.observedLargestContentfulPaintTs ?? Infinity));
  }
  return figures;
}

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
  networkRequestTime?: number;
  networkEndTime?: number;
}

/** Prints the medians side by side and each target; answers whether every target held in every run. */
function printComparison(app: Figures[], floor: Figures[], usual?: Figures[]): boolean {
  const ratios = app.map((f, run) => f.lcp / floor[run]!.lcp);
  const columns: [string, Figures[]][] = [['app', app], ['floor', floor], ...(usual ? [['usual', usual] as [string, Figures[]]] : [])];
  const rows: [string, (f: Figures[]) => string][] = [
    ['Performance', (f) => String(median(f.map((x) => x.performance)))],
    ['Accessibility', (f) => String(median(f.map((x) => x.accessibility)))],
    ['Best practices', (f) => String(median(f.map((x) => x.bestPractices)))],
    ['SEO', (f) => String(median(f.map((x) => x.seo)))],
    ['LCP', (f) => ms(median(f.map((x) => x.lcp)))],
    ['FCP', (f) => ms(median(f.map((x) => x.fcp)))],
    ['TBT', (f) => ms(median(f.map((x) => x.tbt)))],
    ['CLS', (f) => median(f.map((x) => x.cls)).toFixed(3)],
    ['Bytes', (f) => kb(median(f.map((x) => x.bytes)))],
  ];
  console.log(`  ${'median'.padEnd(16)}${columns.map(([name]) => name.padStart(12)).join('')}`);
  for (const [name, format] of rows) console.log(`  ${name.padEnd(16)}${columns.map(([, runs]) => format(runs).padStart(12)).join('')}`);
  console.log(`  LCP / the floor's LCP in the run after it, each run: ${ratios.map((ratio) => `${ratio.toFixed(3)}x`).join(' ')}`);
  if (app.every((f) => f.path) && floor.every((f) => f.path)) {
    console.log(`  without any CPU on the path, LCP / the floor's LCP in the run after it: ${app.map((f, run) => `${(f.path!.withoutCpu / floor[run]!.lcp).toFixed(3)}x`).join(' ')}`);
    console.log(`  both without any CPU, LCP / the floor's: ${app.map((f, run) => `${(f.path!.withoutCpu / floor[run]!.path!.withoutCpu).toFixed(3)}x`).join(' ')}`);
    console.log(`  simulated CPU on the path (optimistic/pessimistic), app: ${app.map((f) => `${f.path!.optimisticCpu.toFixed(0)}/${f.path!.pessimisticCpu.toFixed(0)}`).join(' ')}; floor: ${floor.map((f) => `${f.path!.optimisticCpu.toFixed(0)}/${f.path!.pessimisticCpu.toFixed(0)}`).join(' ')}`);
  }
  console.log(`  LCP / the floor's median LCP, each run: ${app.map((f) => `${(f.lcp / median(floor.map((x) => x.lcp))).toFixed(3)}x`).join(' ')}`);
  const targets: [string, boolean][] = [
    ['100 in all four categories', app.every((f) => f.performance === 100 && f.accessibility === 100 && f.bestPractices === 100 && f.seo === 100)],
    [`LCP within ${LCP_TARGET}x the floor`, ratios.every((ratio) => ratio <= LCP_TARGET)],
    ['TBT under 50 ms', app.every((f) => f.tbt < 50)],
    ['CLS 0', app.every((f) => f.cls === 0)],
  ];
  for (const [target, held] of targets) console.log(`  ${held ? 'met   ' : 'MISSED'} ${target} (every run)`);
  if (usual) console.log('  (usual: the same build served the way a prerendered Vite app usually is — stylesheet in its own file, entry script in the head)');
  console.log('');
  return targets.every(([, held]) => held);
}

/** The other revision (BENCH_AGAINST): each run's LCP against the floor run just before it, and its TBT. */
function printAgainst(against: Figures[], floor: Figures[]): void {
  console.log(`  against (${AGAINST_DIR}): LCP / the floor's LCP in the run before it, each run: ${against.map((f, run) => `${(f.lcp / floor[run]!.lcp).toFixed(3)}x`).join(' ')}`);
  console.log(`  against: TBT each run: ${against.map((f) => ms(f.tbt)).join(', ')}; LCP median ${ms(median(against.map((f) => f.lcp)))}`);
}

/** The featured article's address, from the front page's data. */
function featuredArticlePath(): string {
  const data = JSON.parse(readFileSync(join(distDir, 'data.json'), 'utf8')) as PageData;
  if (data.kind !== 'front-page') throw new Error(`${join(distDir, 'data.json')} is not the front page's data`);
  return data.featured.path;
}

/**
 * The app as a prerendered Vite and React page usually ships: the stylesheet as a file the page links to, and the
 * entry script in the head from the start. Measured beside the app to show what inlining and starting late buy.
 */
function usualPrerenderedSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-usual-'));
  cpSync(distDir, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const entry = /import\("([^"]+)"\)/.exec(html)?.[1] ?? '';
  writeFileSync(join(dir, 'assets/usual.css'), css);
  const usual = html
    .replace(/<style>[\s\S]*?<\/style>/, () => '<link rel="stylesheet" href="/assets/usual.css">')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/\s*<script>\(\(\)=>\{let started[^<]*<\/script>/, '')
    .replace('</head>', () => `<script type="module" crossorigin src="${entry}"></script></head>`);
  writeFileSync(join(dir, 'index.html'), usual);
  return dir;
}

/**
 * The floor: the same page as bare HTML (the same elements and words, without any script, stylesheet, class or the
 * page's data for the app; its icon stays, inline as in the app's page, so that it asks for nothing more). Nothing can
 * reach a reader sooner; Lighthouse's LCP for it is what the network and a phone's CPU cost on their own.
 */
function bareCopy(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<link\b(?![^>]*rel="icon")[^>]*>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, '')
    .replace(/\s(?:class|style)="[^"]*"/g, '');
}

/** Gives a process and all its descendants this nice value (renderers forked later inherit their zygote's). */
function prioritize(rootPid: number, nice: number): void {
  const parents = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index++) for (const [pid, ppid] of parents) if (ppid === tree[index]) tree.push(pid);
  for (const pid of tree) setPriority(pid, nice);
  console.log(`Chromium runs at nice ${nice} (${tree.length} processes)\n`);
}

const countArticles = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(', ');
const origin = (server: Server) => `http://localhost:${(server.address() as AddressInfo).port}`;

await main();
