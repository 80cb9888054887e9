// Golden articles: each folder of tests/fixtures/articles holds a scraped article.txt and the parser's full output
// for it, expected.json. After a deliberate change, `npm run test:update-golden` rewrites them; review the diff.
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
  it('has one case for each rule of the parser, and the seed', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'artifacts', 'contributors', 'crlf-and-bom', 'dates', 'doubled-captions', 'footers-and-source',
        'inverted-attribution', 'markup-in-text', 'partial-quotes', 'role-resolution', 'scare-quotes',
        'seed-biden-irak', 'single-newline-paragraphs',
      ]),
    );
  });

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
