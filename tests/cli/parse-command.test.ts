// `npm run --silent parse -- FILE`, run as a person or a script would: JSON on stdout for an article, and for
// unusable input exit code 1, nothing on stdout and one "error: FILE: problem" line on stderr.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED = join(ROOT, 'tests', 'fixtures', 'articles', 'seed-biden-irak', 'article.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runParse(args: string[], input?: Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/parse-article.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'liseuse-parse-'));
  mkdirSync(join(directory, 'articles'));
  writeFileSync(join(directory, 'empty.txt'), '');
  writeFileSync(join(directory, 'blank.txt'), '  \n\t\r\n\n');
  writeFileSync(join(directory, 'notes.txt'), Buffer.from('Titre\n\nCaf\xe9 au lait.\n', 'latin1'));
  writeFileSync(join(directory, 'image.txt'), Buffer.from([0x54, 0x69, 0x74, 0x72, 0x65, 0x0a, 0x00, 0x01, 0x02]));
  writeFileSync(join(directory, 'title-only.txt'), 'Un titre sans article\n\nSource link\n');
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Each run spawns tsx (about half a second alone): run them side by side, with room for a slow machine.
describe.concurrent('npm run parse', { timeout: 30_000 }, () => {
  it('prints the seed article as JSON', async () => {
    const run = await runParse([SEED]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(article.title).toMatch(/^Les États-Unis terminent leur mission de combat en Irak/);
    expect(article.language).toBe('fr');
    expect(article.source).toBe('abcnews.go.com');
    expect(article.contributors).toEqual(['Libby Cathey']);
    expect(article.paragraphs).toHaveLength(16);
    expect(article.captions).toHaveLength(2);
    expect(article.related).toHaveLength(3);
    expect(article.quotes.map((quote: { speaker: { name: string } | null }) => quote.speaker?.name)).toEqual([
      'Joe Biden', 'Joe Biden', 'Joe Biden', 'Nasser al Shammari', 'Nasser al Shammari',
    ]);
    // Plain Unicode, indented by 2 spaces: no HTML escapes, no \u escapes for accents.
    expect(run.stdout).toContain('\n  "title": "Les États-Unis');
    expect(run.stdout).toContain('« n’allaient pas participer');
    expect(run.stdout).not.toMatch(/&amp;|&lt;|\\u00/);
  });

  it('reads standard input when FILE is -', async () => {
    const run = await runParse(['-'], readFileSync(SEED));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).paragraphs).toHaveLength(16);
  });

  it.each([
    ['a missing file', 'missing.txt', 'no such file'],
    ['a directory', 'articles', 'is a directory, not a file'],
    ['an empty file', 'empty.txt', 'empty file'],
    ['a blank file', 'blank.txt', 'blank text: only spaces and line breaks'],
    ['a file that is not UTF-8', 'notes.txt', 'not UTF-8 text (invalid byte at offset 10)'],
    ['a binary file', 'image.txt', 'binary file, not text (NUL byte at offset 6)'],
    ['a file with no article body', 'title-only.txt', 'no article body: the file has a title but no paragraph'],
  ])('refuses %s with one error line', async (_, name, problem) => {
    const path = join(directory, name);
    const run = await runParse([path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error: ${path}: ${problem}\n`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses bad bytes on standard input, naming stdin', async () => {
    const run = await runParse(['-'], Buffer.from('Titre\n\nCaf\xe9\n', 'latin1'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: stdin: not UTF-8 text (invalid byte at offset 10)\n');
  });

  it('explains its usage when given no file', async () => {
    const run = await runParse([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: usage: npm run --silent parse -- \[--published YYYY-MM-DD\] FILE[^\n]*\n$/);
  });

  it('takes the publication date relative dates count from', async () => {
    const run = await runParse(['--published', '2021-07-29', SEED]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(article.publishedAt).toEqual({ value: '2021-07-29', source: 'option' });
    expect(article.dates.find((date: { text: string }) => date.text === 'jeudi').value).toBe('2021-07-29');
  });

  it.each([['2021-13-40'], ['26/07/2021'], ['2021-02-29']])('refuses --published %s in one line', async (written) => {
    const run = await runParse(['--published', written, SEED]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error: --published: "${written}" is not a date (write it YYYY-MM-DD, e.g. 2021-07-26)\n`);
  });
});
