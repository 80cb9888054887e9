// The built site as a host serves it: a real page per route, size budgets, and no growth of the home page's
// JavaScript as the newsroom adds articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { buildSite } from '../../scripts/build/build-site';
import { pageAssets } from '../../scripts/page-assets';
import { articleCardId, eventDetailsId, RESERVED_PAGE_IDS } from '../../src/lib/page-ids';
import type { ArticlePageData, PageData } from '../../src/content/page-data';
import { ARCHIVE_PAGE_SIZE, FRONT_PAGE_LATEST } from '../../src/content/site-listing';

const projectDir = resolve(import.meta.dirname, '../..');
const SEED_SLUG = 'biden-irak-fin-mission-combat';
/**
 * Budgets from the performance issues. The home page's JavaScript may not grow past what it was before it became a
 * front page (101,622 B: issue 9, "no larger than today"): new features come as later chunks or as CSS. Measured one
 * way only, here, with scripts/page-assets.ts (each script the page loads or imports statically, gzip at Node's
 * default level, as `npm run bench:lighthouse` prints it); the later script is counted apart.
 */
const JAVASCRIPT_BUDGET = 101_622;
const CSS_BUDGET = 10 * 1024;
const GENERATED_ARTICLES = 50;

const root = mkdtempSync(join(tmpdir(), 'liseuse-site-build-'));
const seedOnly = join(root, 'seed-only');
const withMany = join(root, 'with-many');

function copySeedSite(articlesDir: string) {
  cpSync(join(projectDir, 'src/content/articles'), articlesDir, { recursive: true });
}

beforeAll(async () => {
  copySeedSite(join(seedOnly, 'articles'));
  copySeedSite(join(withMany, 'articles'));
  const seed = readFileSync(join(projectDir, 'src/content/articles', SEED_SLUG, 'article.txt'), 'utf8');
  for (let index = 1; index <= GENERATED_ARTICLES; index++) {
    const folder = join(withMany, 'articles', `article-${index}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.txt'), seed.replace(/^.*$/m, `Article numéro ${index} sur l’Irak`));
  }
  for (const site of [seedOnly, withMany]) {
    await buildSite({ projectDir, articlesDir: join(site, 'articles'), outDir: join(site, 'dist'), siteUrl: 'https://liseuse.example' });
  }
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function readArticleData(site: string, file: string): ArticlePageData {
  const data = JSON.parse(readFileSync(join(site, 'dist', file), 'utf8')) as PageData;
  if (data.kind !== 'article') throw new Error(`${file} is not an article's data`);
  return data;
}

function documentAt(site: string, file: string) {
  return new JSDOM(readFileSync(join(site, 'dist', file), 'utf8')).window.document;
}

describe('the built site', () => {
  it('writes a page for "/", for every article and for "not found"', () => {
    expect(existsSync(join(seedOnly, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(seedOnly, 'dist/articles', SEED_SLUG, 'index.html'))).toBe(true);
    expect(existsSync(join(withMany, 'dist/articles/article-50/index.html'))).toBe(true);
    expect(documentAt(seedOnly, '404.html').querySelector('h1')?.textContent).toBe('Page introuvable');
  });

  it('lists every article at its lasting address in sitemap.xml, which robots.txt points to', () => {
    const sitemap = readFileSync(join(withMany, 'dist/sitemap.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)).toHaveLength(GENERATED_ARTICLES + 1);
    expect(sitemap).toContain(`<loc>https://liseuse.example/articles/${SEED_SLUG}/</loc>`);
    expect(sitemap).toContain('<loc>https://liseuse.example/articles/article-50/</loc>');
    expect(readFileSync(join(withMany, 'dist/robots.txt'), 'utf8')).toContain('Sitemap: https://liseuse.example/sitemap.xml');
  });

  it('puts the whole article in the HTML, before any script runs', () => {
    const document = documentAt(seedOnly, `articles/${SEED_SLUG}/index.html`);
    expect(document.documentElement.lang).toBe('fr');
    expect(document.querySelector('h1')?.textContent).toBe('Les États-Unis terminent leur mission de combat en Irak alors que Biden rencontre le Premier ministre irakien');
    expect(document.querySelectorAll('main p[id]').length).toBe(16 + 3);
    expect(document.querySelectorAll('main figure').length).toBe(2);
    expect(document.querySelectorAll('main q[id]').length).toBe(5);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://liseuse.example/articles/${SEED_SLUG}/`);
    // Its data is a file of its own (data.json), not a second copy of the article inside the page's first download.
    expect(document.querySelector('script[type="application/json"]')).toBeNull();
  });

  it('writes a front page, the archive in pages, and each page\'s data as JSON for client-side navigation', () => {
    const front = documentAt(withMany, 'index.html');
    expect(front.querySelector('h1')?.textContent).toBe('À la une');
    const titles = [...front.querySelectorAll('main article h2, main article h3')].map((heading) => heading.textContent);
    // The featured article, then the newest after it; the front page does not grow with the archive.
    expect(titles[0]).toBe(readArticleData(withMany, `articles/${SEED_SLUG}/data.json`).article.title);
    expect(titles.length).toBe(1 + FRONT_PAGE_LATEST);
    expect(front.querySelector('main a[href="/articles/"]')?.textContent).toBe(`Tous les articles (${GENERATED_ARTICLES + 1})`);

    const archive = documentAt(withMany, 'articles/index.html');
    expect(archive.querySelectorAll('main ol > li').length).toBe(ARCHIVE_PAGE_SIZE);
    expect(documentAt(withMany, 'articles/pages/2/index.html').querySelectorAll('main ol > li').length).toBe(GENERATED_ARTICLES + 1 - ARCHIVE_PAGE_SIZE);
    expect(existsSync(join(withMany, 'dist/articles/pages/3/index.html'))).toBe(false);

    const data = readArticleData(withMany, 'articles/article-7/data.json');
    expect(data.article.title).toBe('Article numéro 7 sur l’Irak');
    expect(data.moreToRead.map((article) => article.slug)).toContain(SEED_SLUG);
    expect(JSON.parse(readFileSync(join(withMany, 'dist/404/data.json'), 'utf8')).kind).toBe('not-found');
  });

  it('allows no inline script and no outside origin in its Content-Security-Policy', () => {
    for (const file of ['index.html', `articles/${SEED_SLUG}/index.html`, 'articles/index.html', '404.html']) {
      const document = documentAt(seedOnly, file);
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(policy, file).toContain("script-src 'self'");
      expect(policy, file).toContain("object-src 'none'");
      expect(policy, file).toContain("base-uri 'none'");
      expect(policy, file).not.toMatch(/unsafe-(inline|eval)|https?:/);
      // Every script either comes from the site or is allowed by its own hash; data blocks do not run.
      const executable = [...document.querySelectorAll('script')].filter((s) => !['application/json', 'application/ld+json'].includes(s.type));
      expect(executable.length, file).toBeGreaterThan(0);
      for (const script of executable) {
        if (script.src) expect(script.getAttribute('src'), file).toMatch(/^\/assets\//);
        else expect(policy, file).toContain(`'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`);
      }
    }
    expect(readFileSync(join(seedOnly, 'dist/_headers'), 'utf8')).toMatch(/Content-Security-Policy: default-src 'self'.*frame-ancestors 'none'/);
  });

  it('allows WebAssembly (for the search index) on the search page only, and nothing else more', () => {
    const policyOf = (file: string) => documentAt(seedOnly, file).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const searchPolicy = policyOf('recherche/index.html');
    expect(searchPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(searchPolicy.replace(" 'wasm-unsafe-eval'", '')).toBe(policyOf('index.html'));
    expect(existsSync(join(seedOnly, 'dist/pagefind/pagefind.js'))).toBe(true);
    // Served compressed like every page: the host sends the stored twin.
    expect(gunzipSync(readFileSync(join(seedOnly, 'dist/pagefind/pagefind.js.gz'))).toString()).toBe(readFileSync(join(seedOnly, 'dist/pagefind/pagefind.js'), 'utf8'));
    const headers = readFileSync(join(seedOnly, 'dist/_headers'), 'utf8');
    expect(headers).toMatch(/\/recherche\/\*\n {2}Content-Security-Policy: [^\n]*'wasm-unsafe-eval'/);
    expect(headers.match(/wasm-unsafe-eval/g)).toHaveLength(1);
  });

  it('keeps the home page within its JavaScript and CSS budgets, with production React only', () => {
    const assets = pageAssets(join(seedOnly, 'dist'));
    expect(assets.scripts.length).toBeGreaterThan(0);
    // This test runs with NODE_ENV=test: the build must still ship production code, not React's development runtime.
    for (const script of assets.scripts) expect(readFileSync(join(seedOnly, 'dist', script), 'utf8')).not.toContain('jsxDEV');
    expect(assets.javascript).toBeLessThanOrEqual(JAVASCRIPT_BUDGET);
    expect(assets.css).toBeGreaterThan(0);
    expect(assets.css).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it(`ships each article's data with its own page: ${GENERATED_ARTICLES} more articles grow the home page's JavaScript by 5% at most`, () => {
    const before = pageAssets(join(seedOnly, 'dist')).javascript;
    const after = pageAssets(join(withMany, 'dist')).javascript;
    expect(after).toBeLessThanOrEqual(before * 1.05);
    const home = readFileSync(join(withMany, 'dist/index.html'), 'utf8');
    expect(home).not.toContain('Article numéro 7 sur l’Irak');
  });

  it('gives its own elements only ids from the reserved list, which an edition cannot take', () => {
    const pages: [string, string][] = [
      [`articles/${SEED_SLUG}/index.html`, `articles/${SEED_SLUG}/data.json`],
      ['404.html', '404/data.json'],
      ['index.html', 'data.json'],
      ['articles/index.html', 'articles/data.json'],
      ['recherche/index.html', 'recherche/data.json'],
    ];
    for (const [file, dataFile] of pages) {
      const html = readFileSync(join(seedOnly, 'dist', file), 'utf8');
      const data = JSON.parse(readFileSync(join(seedOnly, 'dist', dataFile), 'utf8')) as PageData;
      const page = data?.kind === 'article' ? data.article : undefined;
      const fromArticle = new Set<string>([
        ...(page?.sections.flatMap((section) => [...(section.heading ? [section.heading.id] : []), ...section.blocks.map((block) => block.id)]) ?? []),
        ...(page?.quotes.map((quote) => quote.id) ?? []),
        ...(page?.events.flatMap((event) => [event.id, eventDetailsId(event.id)]) ?? []),
        ...listedSlugs(data).map(articleCardId),
      ]);
      const layoutIds = [...new JSDOM(html).window.document.querySelectorAll('[id]')].map((element) => element.id).filter((id) => !fromArticle.has(id));
      expect(layoutIds.length, file).toBeGreaterThan(2);
      for (const id of layoutIds) expect(RESERVED_PAGE_IDS, `${file}: #${id}`).toContain(id);
    }
  });
});

/** The articles a page lists (their cards' headings have ids made from their slugs). */
function listedSlugs(data: PageData | undefined): string[] {
  switch (data?.kind) {
    case 'article':
    case 'not-found':
      return data.moreToRead.map((article) => article.slug);
    case 'front-page':
      return [data.featured, ...data.latest].map((article) => article.slug);
    case 'archive':
      return data.articles.map((article) => article.slug);
    default:
      return [];
  }
}
