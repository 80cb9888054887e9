// The search index after a build that changed a few articles: a base index of every article and a small delta of the
// changes, searched together the way the search page does (src/features/search/search-index.ts), with Pagefind's own
// script served over HTTP. A changed article is found by its new words and not by its old ones, a removed one is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite } from '../../scripts/build/build-site';
import { serveStatic } from '../../scripts/serve-static';
import { openSearchIndex, searchArticlesIn, type Pagefind } from '../../src/features/search/search-index';
import type { SearchSegments } from '../../src/features/search/search-segments';

const projectDir = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'liseuse-search-segments-'));
const articlesDir = join(root, 'articles');
const outDir = join(root, 'dist');
let server: Server;
let origin: string;
let opened = 0;

function writeArticle(slug: string, title: string, paragraphs: string[]) {
  mkdirSync(join(articlesDir, slug), { recursive: true });
  writeFileSync(join(articlesDir, slug, 'article.txt'), `${title}\n\n${paragraphs.join('\n\n')}\n`);
}

// Two articles a shard of the base, so that the search goes through several shards as it does past 5,000 articles.
const build = () => buildSite({ projectDir, articlesDir, outDir, siteUrl: 'https://liseuse.example', workers: 0, searchShardSize: 2 });
const segments = () => JSON.parse(readFileSync(join(outDir, 'pagefind/segments.json'), 'utf8')) as SearchSegments;

/** The addresses of the articles a search finds, as a reader opening the search page after this build would. */
async function found(query: string): Promise<string[]> {
  // A fresh copy of Pagefind's module for each reader: it keeps the index it loaded.
  const pagefind = (await import(`${pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href}?reader=${++opened}`)) as Pagefind;
  const index = await openSearchIndex(pagefind, segments(), origin);
  const answer = await searchArticlesIn(index, query);
  expect(answer.total).toBe(answer.hits.length);
  return answer.hits.map((hit) => hit.path);
}

beforeAll(async () => {
  writeArticle('premier', 'Le premier article', ['Un paragraphe sur les ornithorynques du zoo.']);
  writeArticle('deuxieme', 'Le deuxième article', ['Un paragraphe sur le tamanoir de la ménagerie.']);
  writeArticle('troisieme', 'Le troisième article', ['Un paragraphe sur les capybaras de la rivière.']);
  await build();
  server = await serveStatic(outDir, 0, '127.0.0.1');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(root, { recursive: true, force: true });
});

describe('the search index kept as a base and a delta', () => {
  it('finds every article in the base after a first build, whatever its shard, with no delta', async () => {
    expect(segments()).toEqual({ shards: ['/pagefind-base-2/'], delta: null, superseded: [] });
    expect(await found('ornithorynques')).toEqual(['/articles/premier/']);
    expect(await found('tamanoir')).toEqual(['/articles/deuxieme/']);
    expect(await found('capybaras')).toEqual(['/articles/troisieme/']);
    expect(await found('paragraphe')).toHaveLength(3);
  });

  it('finds a changed article by its new words only, from the delta, without writing the base again', async () => {
    const baseEntry = readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8');
    writeArticle('premier', 'Le premier article', ['Un paragraphe sur les kangourous du zoo.']);
    const report = await build();
    expect(report.stepsRun).toContain('the search index');
    expect(segments().delta).toBe('/pagefind-delta/');
    expect(segments().superseded).toHaveLength(1);
    expect(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(baseEntry);
    expect(await found('kangourous')).toEqual(['/articles/premier/']);
    expect(await found('ornithorynques')).toEqual([]);
    // Words it kept: found once, not once in each part.
    expect(await found('zoo')).toEqual(['/articles/premier/']);
    expect(await found('capybaras')).toEqual(['/articles/troisieme/']);
  });

  it('finds an added article, and no longer a removed one', async () => {
    writeArticle('quatrieme', 'Le quatrième article', ['Un paragraphe sur les wombats de la plaine.']);
    rmSync(join(articlesDir, 'deuxieme'), { recursive: true });
    await build();
    expect(await found('wombats')).toEqual(['/articles/quatrieme/']);
    expect(await found('tamanoir')).toEqual([]);
    expect(await found('kangourous')).toEqual(['/articles/premier/']);
  });

  it('drops the delta when an article changes back to the text of the base', async () => {
    writeArticle('premier', 'Le premier article', ['Un paragraphe sur les ornithorynques du zoo.']);
    await build();
    expect(segments().superseded).toHaveLength(1); // the removed article's, still in the base
    expect(await found('ornithorynques')).toEqual(['/articles/premier/']);
    expect(await found('kangourous')).toEqual([]);
  });

  it('writes a new base, and no delta, when the site is built from nothing', { timeout: 120_000 }, async () => {
    rmSync(outDir, { recursive: true });
    await build();
    expect(segments()).toEqual({ shards: ['/pagefind-base-2/'], delta: null, superseded: [] });
    expect(existsSync(join(outDir, 'pagefind-delta'))).toBe(false);
    expect(await found('wombats')).toEqual(['/articles/quatrieme/']);
    expect(await found('tamanoir')).toEqual([]);
  });
});
