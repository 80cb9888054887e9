// scripts/run-compiled.mjs: `npm run build` runs the build's scripts compiled ahead, never a stale compilation.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledScripts } from '../../scripts/run-compiled.mjs';

const root = mkdtempSync(join(tmpdir(), 'liseuse-run-compiled-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small project: a script that imports a helper and a JSON file, and a module it would start in a worker. */
function project(name: string): { projectDir: string; cacheDir: string; write(file: string, text: string): void } {
  const projectDir = join(root, name);
  mkdirSync(join(projectDir, 'scripts/lib'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(projectDir, file), text);
  write('scripts/main.ts', "import { greeting } from './lib/greeting.ts';\nimport words from './lib/words.json';\nexport const said: string = `${greeting()} ${words.name}`;\nexport const folder: string = import.meta.dirname;\nexport const url: string = import.meta.url;\n");
  write('scripts/lib/greeting.ts', "export const greeting = (): string => 'bonjour';\n");
  write('scripts/lib/words.json', '{ "name": "Liseuse" }');
  write('scripts/worker.ts', "export default (): number => 1;\n");
  return { projectDir, cacheDir: join(projectDir, 'cache'), write };
}

async function run(dir: string): Promise<{ said: string; folder: string; url: string }> {
  // Each compilation has a folder of its own: importing it again never returns a module loaded before.
  return (await import(pathToFileURL(join(dir, 'main.js')).href)) as { said: string; folder: string; url: string };
}

const ENTRIES = ['scripts/main.ts', 'scripts/worker.ts'];

describe('scripts compiled ahead', () => {
  it('compiles the script and the modules named beside it, and reuses them while no source changed', async () => {
    const { projectDir, cacheDir } = project('unchanged');
    const first = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    expect(first.reused).toBe(false);
    expect((await run(first.dir)).said).toBe('bonjour Liseuse');
    const second = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    expect(second).toEqual({ dir: first.dir, reused: true });
    const worker = (await import(pathToFileURL(join(first.dir, 'worker.js')).href)) as { default: () => number };
    expect(worker.default()).toBe(1);
  });

  it('compiles again when a file the script imports changes, even one it imports through another', async () => {
    const { projectDir, cacheDir, write } = project('changed');
    const before = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    write('scripts/lib/greeting.ts', "export const greeting = (): string => 'salut';\n");
    const after = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    expect(after.reused).toBe(false);
    expect(after.dir).not.toBe(before.dir);
    expect((await run(after.dir)).said).toBe('salut Liseuse');
  });

  it('compiles again when an imported JSON file changes, or when a source is removed', async () => {
    const { projectDir, cacheDir, write } = project('data');
    await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    write('scripts/lib/words.json', '{ "name": "lecteur" }');
    const changed = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    expect(changed.reused).toBe(false);
    expect((await run(changed.dir)).said).toBe('bonjour lecteur');
    rmSync(join(projectDir, 'scripts/lib/greeting.ts'));
    await expect(compiledScripts({ projectDir, entries: ENTRIES, cacheDir })).rejects.toThrow(/greeting/);
  });

  it('keeps each file’s own folder and address, as the build finds the project and its workers from them', async () => {
    const { projectDir, cacheDir } = project('places');
    const { dir } = await compiledScripts({ projectDir, entries: ENTRIES, cacheDir });
    const compiled = await run(dir);
    expect(compiled.folder).toBe(join(projectDir, 'scripts'));
    expect(compiled.url).toBe(pathToFileURL(join(projectDir, 'scripts/main.ts')).href);
  });
});
