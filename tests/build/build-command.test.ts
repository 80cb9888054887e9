// `npm run build` on broken content: it stops before building, names each file and problem, and shows no stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { npmBuildCommand } from '../../scripts/npm-build-command.ts';

const projectDir = resolve(import.meta.dirname, '../..');
// As `npm run build` runs it: compiled ahead (scripts/run-compiled.mjs).
const [BUILD_PROGRAM, ...BUILD_ARGS] = npmBuildCommand(projectDir);
const root = mkdtempSync(join(tmpdir(), 'liseuse-build-command-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

async function buildWith(articles: Record<string, Record<string, string | Uint8Array>>) {
  const articlesDir = join(root, `articles-${Object.keys(articles).join('-')}`);
  for (const [slug, files] of Object.entries(articles)) {
    mkdirSync(join(articlesDir, slug), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(articlesDir, slug, name), content);
  }
  const outDir = join(root, 'dist');
  try {
    await promisify(execFile)(BUILD_PROGRAM, BUILD_ARGS, {
      cwd: projectDir,
      env: { ...process.env, LISEUSE_ARTICLES_DIR: articlesDir, LISEUSE_OUT_DIR: outDir },
    });
    return { code: 0, stderr: '', built: existsSync(outDir) };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr, built: existsSync(outDir) };
  }
}

const article = 'Un titre\n\nUn paragraphe qui dit quelque chose.\n';

describe('npm run build with broken content', () => {
  it('names an edition that points at text that is not there, and builds nothing', async () => {
    const result = await buildWith({
      correct: { 'article.txt': article },
      casse: { 'article.txt': article, 'edition.json': JSON.stringify({ events: [{ id: 'e', date: '2020', title: 'T', summary: 'S', passage: 'absent' }] }) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*casse\/edition\.json: events\[0\]\.passage: "absent" is not in any paragraph/)]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.built).toBe(false);
  }, 60_000);

  it('names every broken article at once: bytes that are not text, and an empty file', async () => {
    const result = await buildWith({ binaire: { 'article.txt': new Uint8Array([0x54, 0x69, 0xff, 0xfe, 0x0a]) }, vide: { 'article.txt': '' } });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: .*binaire\/article\.txt: .*not UTF-8/);
    expect(lines[1]).toMatch(/^error: .*vide\/article\.txt: .*empty/);
  }, 60_000);

  it('refuses an article.txt that is a link to /etc/passwd, naming it, and publishes nothing', async () => {
    const articlesDir = join(root, 'articles-lien');
    mkdirSync(join(articlesDir, 'correct'), { recursive: true });
    writeFileSync(join(articlesDir, 'correct', 'article.txt'), article);
    mkdirSync(join(articlesDir, 'mots-de-passe'));
    symlinkSync('/etc/passwd', join(articlesDir, 'mots-de-passe', 'article.txt'));
    const outDir = join(root, 'dist-lien');
    const failure = await promisify(execFile)(BUILD_PROGRAM, BUILD_ARGS, {
      cwd: projectDir,
      env: { ...process.env, LISEUSE_ARTICLES_DIR: articlesDir, LISEUSE_OUT_DIR: outDir },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*mots-de-passe\/article\.txt: is a symbolic link/)]);
    expect(failure.stderr).not.toContain('root:');
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it('gets every one of 5,000 error lines through a pipe that is read late', async () => {
    const articlesDir = join(root, 'articles-5000');
    for (let index = 0; index < 5000; index++) {
      mkdirSync(join(articlesDir, `vide-${index}`), { recursive: true });
      writeFileSync(join(articlesDir, `vide-${index}`, 'article.txt'), '');
    }
    const child = spawn(BUILD_PROGRAM, BUILD_ARGS, {
      cwd: projectDir,
      env: { ...process.env, LISEUSE_ARTICLES_DIR: articlesDir, LISEUSE_OUT_DIR: join(root, 'dist-5000') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Nobody reads for a while: the pipe fills (64 KiB, about 800 lines) and the build must wait, not exit.
    child.stderr.pause();
    await new Promise((done) => setTimeout(done, 3000));
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stderr.resume();
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(lines.every((line) => /^error: .*vide-\d+\/article\.txt: empty file$/.test(line))).toBe(true);
  }, 120_000);
});
