// `npm run test:update-golden [-- CASE…]`: rewrites tests/fixtures/articles/<case>/expected.json from the parser's
// output (every case, or the ones named), so that a change to the parser is reviewed as a diff of the golden files
// (the way of mozilla/readability).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../src/parser/parse-article';
import { readArticleFile } from './read-article-file';

export const GOLDEN_DIRECTORY = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');

/** The expected file of a golden case: exactly what `npm run parse` prints for its article. */
export function goldenJson(article: unknown): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/** The golden cases: every folder of tests/fixtures/articles, in name order. */
export async function goldenCases(): Promise<string[]> {
  const entries = await readdir(GOLDEN_DIRECTORY, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function main(wanted: readonly string[]): Promise<number> {
  const all = await goldenCases();
  const unknown = wanted.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`error: no golden case named ${unknown.join(', ')} in ${GOLDEN_DIRECTORY} (cases: ${all.join(', ')})\n`);
    return 1;
  }
  const cases = wanted.length > 0 ? wanted : all;
  let failures = 0;
  for (const name of cases) {
    const read = await readArticleFile(join(GOLDEN_DIRECTORY, name, 'article.txt'));
    const parsed = read.ok ? parseArticle(read.text) : read;
    if (!parsed.ok) {
      process.stderr.write(`error: ${name}: ${parsed.problem}\n`);
      failures += 1;
      continue;
    }
    const path = join(GOLDEN_DIRECTORY, name, 'expected.json');
    const json = goldenJson(parsed.article);
    const previous = await readFile(path, 'utf8').catch(() => null);
    if (previous === json) {
      process.stdout.write(`unchanged  ${name}\n`);
    } else {
      await writeFile(path, json);
      process.stdout.write(`${previous === null ? 'created' : 'updated'}    ${name}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
