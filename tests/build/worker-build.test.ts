// The worker pool builds the same site as the main thread does, page for page, and uses the threads it was given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, type BuildReport } from '../../scripts/build/build-site';

const projectDir = resolve(import.meta.dirname, '../..');
const ARTICLES = 120;
const root = mkdtempSync(join(tmpdir(), 'liseuse-workers-'));
const articlesDir = join(root, 'articles');
let inPool: BuildReport;
let inThread: BuildReport;

beforeAll(async () => {
  for (let index = 0; index < ARTICLES; index++) {
    mkdirSync(join(articlesDir, `article-${index}`), { recursive: true });
    const text = `Article numéro ${index}\n\n« Une citation ${index} », a déclaré Jean Dupont le 3 janvier 2020.\n\nUn paragraphe de plus.\n`;
    writeFileSync(join(articlesDir, `article-${index}`, 'article.txt'), text);
  }
  const build = (outDir: string, workers: number) => buildSite({ projectDir, articlesDir, outDir: join(root, outDir), siteUrl: 'https://liseuse.example', workers });
  inPool = await build('pool', 2);
  inThread = await build('thread', 0);
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build with worker threads', () => {
  it('uses the threads it was given, and this thread alone when given none', () => {
    expect(inPool.workers).toBe(2);
    expect(inThread.workers).toBe(0);
    expect(inPool.rewritten).toHaveLength(ARTICLES);
  });

  it('writes every page exactly as this thread does', () => {
    // The articles' folders; the archive's own pages ("/articles/", "/articles/pages/2/"…) are compared below.
    const pages = readdirSync(join(root, 'thread/articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'pages').map((entry) => entry.name);
    expect(pages).toHaveLength(ARTICLES);
    expect(readdirSync(join(root, 'pool/articles')).sort()).toEqual(readdirSync(join(root, 'thread/articles')).sort());
    for (const slug of pages) {
      const file = `articles/${slug}/index.html`;
      expect(readFileSync(join(root, 'pool', file), 'utf8'), file).toBe(readFileSync(join(root, 'thread', file), 'utf8'));
    }
    for (const file of ['index.html', 'articles/index.html', 'articles/pages/2/index.html', '404.html', 'sitemap.xml']) expect(readFileSync(join(root, 'pool', file), 'utf8')).toBe(readFileSync(join(root, 'thread', file), 'utf8'));
  });
});
