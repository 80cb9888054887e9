// `npm run test:update-golden`: rewrites tests/fixtures/articles/<case>/expected.json from the parser's output,
// so that a change to the parser is reviewed as a diff of the golden files (the way of mozilla/readability).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../src/parser/parse-article';
import { readArticleFile } from './read-article-file';

export const GOLDEN_DIRECTORY = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');

/** The expected file of a golden case: exactly what `npm run parse` prints for its article. */
export function goldenJson(article: unknown): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

async function main(): Promise<number> {
  const entries = await readdir(GOLDEN_DIRECTORY, { withFileTypes: true });
  const cases = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
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
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
