// `npm run bench:build -- [COUNT...]`: the build of generated archives (1,000, 10,000 and 100,000 articles unless
// counts are given) and, at 10,000, a rebuild after one article changes. Prints time, peak memory of the whole process
// tree (Vite's esbuild and every worker included) and pages a second; it passes or fails on nothing.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { npmBuildCommand } from './npm-build-command.ts';
import { projectSiteCacheDir } from './build/build-cache.ts';

const projectDir = resolve(import.meta.dirname, '..');
const SEED_DIR = join(projectDir, 'src/content/articles/biden-irak-fin-mission-combat');
const DEFAULT_COUNTS = [1_000, 10_000, 100_000];
/** The size at which one change is rebuilt: large enough that reusing the rest matters, small enough to build often. */
const INCREMENTAL_AT = 10_000;
/** How often the process tree's memory is sampled: a peak shorter than this can be missed. */
const SAMPLE_MS = 50;
/**
 * How long file creation stays slow after many files were deleted. ext4 without a journal (this machine's disk) does
 * not reuse an inode freed in the last minute, or the last six while its inode table block is unwritten, and scans
 * past each one: after a 100,000-article site (700,000 files) was deleted, writing a page's six files cost 5 ms of
 * kernel time instead of 0.15 (perf: `recently_deleted` under `__ext4_new_inode`), for minutes. A first build on a
 * fresh machine meets none of that, so the benchmark deletes what it built only after its last build, and waits until
 * its last deletion (this run's leftovers, or the run before it) is this old before its first build.
 */
const FILE_SYSTEM_SETTLES_MS = 6.5 * 60_000;
/** When the benchmark last deleted what it built: the next run waits until the file system has settled. */
const DELETED_AT_FILE = join(tmpdir(), 'liseuse-bench-deleted-at');

function deleteBuilt(paths: string[]): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
  writeFileSync(DELETED_AT_FILE, String(Date.now()));
}

/** Waits until the last deletion is `FILE_SYSTEM_SETTLES_MS` old, saying so if it has to. */
async function fileSystemSettled(): Promise<void> {
  const deletedAt = existsSync(DELETED_AT_FILE) ? Number(readFileSync(DELETED_AT_FILE, 'utf8')) : 0;
  const wait = deletedAt + FILE_SYSTEM_SETTLES_MS - Date.now();
  if (!(wait > 0)) return;
  console.log(`Waiting ${Math.ceil(wait / 1000)} s: files were deleted ${Math.round((Date.now() - deletedAt) / 1000)} s ago, and creating files is slower for a while after many were.`);
  await new Promise((resume) => setTimeout(resume, wait));
}

interface BuildRun {
  seconds: number;
  /** CPU time of the whole tree, user and system: unlike wall time, it does not depend on what else the machine runs. */
  cpuSeconds: number;
  peakMb: number;
  output: string;
}

/** Generated archives are kept between runs (in the system's temporary folder): writing 100,000 folders takes a while. */
function generatedArchive(count: number): string {
  const articlesDir = join(tmpdir(), `liseuse-bench-archive-${count}`);
  const done = join(articlesDir, '.complete');
  if (existsSync(done)) return articlesDir;
  rmSync(articlesDir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  cpSync(SEED_DIR, join(articlesDir, 'biden-irak-fin-mission-combat'), { recursive: true });
  const seed = readFileSync(join(SEED_DIR, 'article.txt'), 'utf8').split('\n');
  // Every copy keeps the seed's sections and events (their anchors still match), but is not the default article.
  const { default: _default, ...edition } = JSON.parse(readFileSync(join(SEED_DIR, 'edition.json'), 'utf8')) as Record<string, unknown>;
  const editionJson = JSON.stringify(edition);
  for (let index = 1; index < count; index++) {
    const folder = join(articlesDir, `article-genere-${index}`);
    mkdirSync(folder);
    const lines = seed.slice(1).map((line) => (line.trim() ? `${line} (copie ${index})` : line));
    writeFileSync(join(folder, 'article.txt'), `Article généré numéro ${index}\n${lines.join('\n')}`);
    writeFileSync(join(folder, 'edition.json'), editionJson);
  }
  writeFileSync(done, '');
  return articlesDir;
}

/** Runs `npm run build` as a reader would, sampling the memory of every process it starts. */
async function runBuild(articlesDir: string, outDir: string): Promise<BuildRun> {
  const started = performance.now();
  const cpuBefore = reapedChildrenCpuSeconds();
  const [command, ...args] = npmBuildCommand(projectDir);
  const child = spawn(command, args, {
    cwd: projectDir,
    env: { ...process.env, LISEUSE_ARTICLES_DIR: articlesDir, LISEUSE_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), SAMPLE_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output}`);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: reapedChildrenCpuSeconds() - cpuBefore, peakMb: peak / 1024 / 1024, output: output.trim() };
}

/** CPU seconds of this process's finished children and their own children (cutime and cstime in /proc/self/stat). */
function reapedChildrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function report(label: string, pages: number, run: BuildRun): void {
  const rate = Math.round(pages / run.seconds);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '';
  console.log(`${label.padEnd(34)}${`${run.seconds.toFixed(1)} s`.padStart(10)}${`${run.cpuSeconds.toFixed(1)} s`.padStart(10)}${`${Math.round(run.peakMb)} MB`.padStart(10)}${`${rate} pages/s`.padStart(14)}${load.padStart(8)}`);
  const said = run.output.split('\n').filter((line) => /^(Built|Rebuilt|Checked|Wrote|Reused|Pruned|Time spent)/.test(line));
  for (const line of said) console.log(`    ${line}`);
}

async function main() {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(`Liseuse build benchmark — ${new Date().toISOString().slice(0, 16)}, Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
  console.log(`${'run'.padEnd(34)}${'time'.padStart(10)}${'CPU'.padStart(10)}${'peak RSS'.padStart(10)}${'rate'.padStart(14)}${'load'.padStart(8)}`);
  const sites = (counts.length > 0 ? counts : DEFAULT_COUNTS).map((count) => {
    const articlesDir = generatedArchive(count);
    const outDir = join(tmpdir(), `liseuse-bench-site-${count}`);
    // Its cache too: with it, a "first" build would reuse the pages an earlier run parsed.
    return { count, articlesDir, outDir, built: [outDir, projectSiteCacheDir(projectDir, articlesDir, outDir)] };
  });
  const leftovers = sites.flatMap((site) => site.built).filter((path) => existsSync(path));
  if (leftovers.length > 0) {
    console.log(`Deleting what an earlier run left: ${leftovers.join(', ')}.`);
    deleteBuilt(leftovers);
  }
  await fileSystemSettled();
  for (const { count, articlesDir, outDir } of sites) {
    report(`${count.toLocaleString('en')} articles, first build`, count, await runBuild(articlesDir, outDir));
    if (count === INCREMENTAL_AT || counts.length > 0) {
      report(`  again, nothing changed`, count, await runBuild(articlesDir, outDir));
      // BENCH_REBUILDS: how many times one article is changed and the site rebuilt (each a sample of the same figure).
      for (let rebuild = 0; rebuild < (Number(process.env.BENCH_REBUILDS) || 1); rebuild++) {
        const changed = join(articlesDir, `article-genere-${7 + rebuild}`, 'article.txt');
        appendFileSync(changed, `\nUne phrase ajoutée au paragraphe ${Date.now()}.\n`);
        report(`  again, one article changed`, 1, await runBuild(articlesDir, outDir));
      }
    }
  }
  // BENCH_KEEP_SITE=1 leaves the sites built, to measure what a reader's search costs on them.
  if (!process.env.BENCH_KEEP_SITE) deleteBuilt(sites.flatMap((site) => site.built));
}

await main();
