// `npm run bench:serve`: the static server's throughput and tail latency on this machine, over loopback only.
// Each scenario sends keep-alive requests from a fixed number of concurrent clients for a fixed time, then prints
// requests per second, the 50th and 99th latency percentiles, and the CPU time each request cost this process
// (server and clients together, so compare rows of one run). Other work on the machine moves requests/s a lot;
// CPU per request moves much less. Loops are bounded in count and in time.
// `-- --against REV` also serves the same site with the server of git revision REV (its scripts/serve-static.ts;
// `--against 771dd96^` is the hand-made server sirv replaced) and runs each scenario on both, one after the other,
// so that the ratio is measured under the same load.
import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './serve-static.ts';

interface Scenario {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args.splice(againstAt, 2)[1] : undefined;
const siteDir = args[0] ?? 'dist';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const clients = Number(process.env.BENCH_CLIENTS ?? 16);
/** A hard ceiling on requests per scenario, whatever the machine's speed. */
const MAX_REQUESTS = 500_000;

function firstArticlePath(): string {
  const articles = join(siteDir, 'articles');
  const slug = readdirSync(articles, { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  return slug ? `/articles/${slug}/` : '/';
}

function firstAssetPath(): string {
  const asset = readdirSync(join(siteDir, 'assets')).find((name) => name.endsWith('.js'));
  return asset ? `/assets/${asset}` : '/favicon.svg';
}

async function run(baseUrl: URL, scenario: Scenario): Promise<{ rps: number; p50: number; p99: number; cpu: number; statuses: string }> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const deadline = performance.now() + seconds * 1000;
  let sent = 0;

  const once = () =>
    new Promise<void>((done, fail) => {
      const started = performance.now();
      const req = request(new URL(scenario.path, baseUrl), { agent, headers: scenario.headers }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - started);
          statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
          done();
        });
      });
      req.on('error', fail);
      req.end();
    });

  const client = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS) {
      sent += 1;
      await once();
    }
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpuBefore);
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    cpu: (cpuUsed.user + cpuUsed.system) / Math.max(1, latencies.length),
    statuses: [...statuses].map(([status, count]) => `${status}×${count}`).join(' '),
  };
}

type ServeStatic = (rootDir: string, port: number, host?: string) => Promise<Server>;

/** The server of another revision, from git, in a temporary file (it imports only Node's own modules). */
async function serverAt(revision: string): Promise<{ serve: ServeStatic; cleanUp(): void }> {
  const projectDir = resolve(import.meta.dirname, '..');
  const source = execFileSync('git', ['show', `${revision}:scripts/serve-static.ts`], { cwd: projectDir, encoding: 'utf8' });
  const folder = mkdtempSync(join(tmpdir(), 'liseuse-bench-server-'));
  const file = join(folder, 'serve-static.mts'); // an ES module wherever it is (no package.json says so in a temporary folder)
  writeFileSync(file, source);
  const module = (await import(pathToFileURL(file).href)) as { serveStatic: ServeStatic };
  return { serve: module.serveStatic, cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

async function listen(serve: ServeStatic): Promise<{ server: Server; baseUrl: URL }> {
  const server = await serve(siteDir, 0, '127.0.0.1');
  return { server, baseUrl: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`) };
}

async function main(): Promise<number> {
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.error(`error: ${siteDir}/index.html is missing: run npm run build first`);
    return 1;
  }
  const baseline = against ? await serverAt(against) : null;
  const current = await listen(serveStatic);
  const old = baseline ? await listen(baseline.serve) : null;
  const scenarios: Scenario[] = [
    { name: 'home page, gzip', path: '/', headers: { 'accept-encoding': 'gzip' } },
    { name: 'home page, brotli or gzip', path: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } },
    { name: 'article page, identity', path: firstArticlePath() },
    { name: 'script asset, gzip', path: firstAssetPath(), headers: { 'accept-encoding': 'gzip' } },
    { name: 'missing page (404.html)', path: '/nulle-part/', headers: { 'accept-encoding': 'gzip' } },
  ];
  console.log(`Static server on ${siteDir}/: ${clients} keep-alive clients, ${seconds} s a scenario, loopback; load ${loadAverage()}.`);
  if (old) {
    console.log(`Each scenario on the server of ${against} (before), then on this one (now).`);
    console.log('| scenario | requests/s before | now | now/before | p99 (ms) before | now | CPU µs/request before | now |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  } else {
    console.log('| scenario | requests/s | p50 (ms) | p99 (ms) | CPU µs/request | statuses |');
    console.log('| --- | --- | --- | --- | --- | --- |');
  }
  for (const scenario of scenarios) {
    if (old) {
      const before = await run(old.baseUrl, scenario);
      const now = await run(current.baseUrl, scenario);
      console.log(`| ${scenario.name} | ${Math.round(before.rps)} | ${Math.round(now.rps)} | ${(now.rps / before.rps).toFixed(2)} | ${before.p99.toFixed(2)} | ${now.p99.toFixed(2)} | ${Math.round(before.cpu)} | ${Math.round(now.cpu)} |`);
    } else {
      const result = await run(current.baseUrl, scenario);
      console.log(`| ${scenario.name} | ${Math.round(result.rps)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${Math.round(result.cpu)} | ${result.statuses} |`);
    }
  }
  for (const { server } of [current, ...(old ? [old] : [])]) await new Promise<void>((done) => server.close(() => done()));
  baseline?.cleanUp();
  return 0;
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

process.exitCode = await main();
