// Every hand annotation of eval/articles/ is well-formed and tied to its text: a quote, a not-quote or a date the
// article does not contain, or a boilerplate line that is not a line of it, would make the evaluation lie.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, articleFolders, goldProblemsAgainstText, readGold } from '../../scripts/article-eval/gold';

const folders = articleFolders();

describe('eval/articles', () => {
  it('holds real articles to evaluate', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s: gold.json is well-formed and every entry is in article.txt', (folder) => {
    const text = readFileSync(join(ARTICLES_DIR, folder, 'article.txt'), 'utf8');
    const reading = readGold(readFileSync(join(ARTICLES_DIR, folder, 'gold.json'), 'utf8'));
    if (!reading.ok) expect.fail(`gold.json: ${reading.problem}`);
    expect(goldProblemsAgainstText(reading.gold, text)).toEqual([]);
  });

  it.each(folders)('%s: the folder is numbered and named "NN-slug"', (folder) => {
    expect(folder).toMatch(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
