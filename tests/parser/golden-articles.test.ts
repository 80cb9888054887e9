// Golden articles, for integration: each folder of tests/fixtures/articles holds a scraped article.txt and the
// parser's full output for it, expected.json; the case list is the folder. After a deliberate change,
// `npm run test:update-golden` (or `-- <case>`) rewrites them; review the diff. Each rule has its table test beside
// it under tests/parser/<pass>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/parse-article';
import { readArticleFile } from '../../scripts/read-article-file';
import { GOLDEN_DIRECTORY, goldenJson } from '../../scripts/update-golden';

const cases = readdirSync(GOLDEN_DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden articles', () => {
  it.each(cases)('%s: the parser gives expected.json', async (name) => {
    const expectedPath = join(GOLDEN_DIRECTORY, name, 'expected.json');
    expect(existsSync(expectedPath), `${name} has no expected.json: run npm run test:update-golden`).toBe(true);
    const read = await readArticleFile(join(GOLDEN_DIRECTORY, name, 'article.txt'));
    if (!read.ok) throw new Error(read.problem);
    const parsed = parseArticle(read.text);
    if (!parsed.ok) throw new Error(parsed.problem);
    // Compared as data for a readable diff, then as text so that key order and formatting match too.
    const expected = readFileSync(expectedPath, 'utf8');
    expect(JSON.parse(goldenJson(parsed.article))).toEqual(JSON.parse(expected));
    expect(goldenJson(parsed.article)).toBe(expected);
  });
});
