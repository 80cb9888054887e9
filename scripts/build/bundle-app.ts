// Runs Vite twice, the browser bundle and the server renderer the pages are rendered with, and keeps both by the hash
// of their inputs: a build after an article changes reuses them and Vite does not run.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFiles, type BuildCache } from './build-cache.ts';
import { pageTemplate, type PageTemplate } from './page-template.ts';
import { precompressSite } from './precompress.ts';

export type PageRenderer = typeof import('../../src/app/entry-server.tsx');

export interface AppBundle {
  /** The hash of everything the bundle was built from. */
  hash: string;
  /** The hash of what Vite wrote (browser and server bundles, page template): pages are rendered again when it changes. */
  outputHash: string;
  /** The browser bundle and the public files, as they go into the output folder (index.html aside). */
  clientDir: string;
  /** The server renderer's module file. */
  serverEntry: string;
  template: PageTemplate;
  /** false when Vite ran for this build. */
  reused: boolean;
}

export async function appBundle(projectDir: string, cache: BuildCache): Promise<AppBundle> {
  const hash = cache.bundleInputsHash;
  const dir = join(cache.dir, 'bundles', hash);
  const bundle = (reused: boolean): AppBundle => ({
    hash,
    outputHash: readFileSync(join(dir, 'output-hash'), 'utf8'),
    clientDir: join(dir, 'client'),
    serverEntry: join(dir, 'server/entry-server.js'),
    template: JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')) as PageTemplate,
    reused,
  });
  if (existsSync(join(dir, 'output-hash'))) return bundle(true);

  // Built under a name of its own and renamed when complete: builds running side by side (the tests) never see half
  // a bundle. The server renderer lives inside the project so that it finds react-dom and react-router in node_modules.
  mkdirSync(join(cache.dir, 'bundles'), { recursive: true });
  const building = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    await runVite(projectDir, join(building, 'client'), join(building, 'server'));
    writeFileSync(join(building, 'template.json'), JSON.stringify(pageTemplate(join(building, 'client'))));
    // Compressed once here, with the bundle, rather than at each build that copies it.
    precompressSite(join(building, 'client'));
    writeFileSync(join(building, 'output-hash'), hashFiles(building, ['client', 'server', 'template.json']));
    try {
      renameSync(building, dir);
    } catch (error) {
      if (!existsSync(join(dir, 'output-hash'))) throw error; // else another build finished the same bundle first
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return bundle(false);
}

/**
 * Vite runs in a process of its own: in the build's process it left about 350 MB behind once done (its bundler's and
 * CSS tools' native memory, which a collection does not return), and a first build of 100,000 articles would carry
 * that through to Pagefind's peak.
 */
async function runVite(projectDir: string, clientDir: string, serverDir: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--input-type=module', '--eval', VITE_BUILDS, JSON.stringify({ clientDir, serverDir, ssrEntry: join(projectDir, 'src/app/entry-server.tsx') })], {
    cwd: projectDir,
    // Readers get React's production build even when the caller (a test runner) runs with NODE_ENV=test: Vite picks
    // the JSX runtime from NODE_ENV, not from the mode, and a development runtime beside production React crashes.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((done, fail) => child.on('close', done).on('error', fail));
  if (code !== 0) throw new Error(`Vite failed (exit ${code}): ${errors.trim().split('\n').slice(-5).join('\n') || 'no message'}`);
}

/** What the Vite process runs: the browser bundle, then the server renderer (its argument names the folders). */
const VITE_BUILDS = `
import { build } from 'vite';
const { clientDir, serverDir, ssrEntry } = JSON.parse(process.argv.at(-1));
const production = { root: process.cwd(), logLevel: 'warn', mode: 'production' };
await build({ ...production, build: { outDir: clientDir, emptyOutDir: true } });
await build({ ...production, build: { ssr: ssrEntry, outDir: serverDir, emptyOutDir: true } });
`;

/** Puts the bundle's files into the output folder, replacing the assets of any earlier bundle. */
export function copyBundle(bundle: AppBundle, outDir: string): void {
  rmSync(join(outDir, 'assets'), { recursive: true, force: true });
  // Vite's own index.html (and its compressed twins) is only the template: the home page takes its place.
  const template = join(bundle.clientDir, 'index.html');
  cpSync(bundle.clientDir, outDir, { recursive: true, filter: (source) => !source.startsWith(template) });
}
