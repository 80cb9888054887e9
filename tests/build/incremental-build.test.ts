// A second build does only what changed: the page of the article that changed, the pages that list it when what
// they show of it changed (the front page, the archive, what to read after an article), the search index when any
// article's text changed, and nothing of the rest; and it says what it rebuilt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildSite, describeBuild, type BuildReport } from '../../scripts/build/build-site';
import { openBuildCache, openSiteCache } from '../../scripts/build/build-cache';

const projectDir = resolve(import.meta.dirname, '../..');
const SEED_SLUG = 'biden-irak-fin-mission-combat';
const root = mkdtempSync(join(tmpdir(), 'liseuse-incremental-'));
const articlesDir = join(root, 'articles');
const outDir = join(root, 'dist');

function writeArticle(slug: string, title: string, paragraphs: string[], edition?: object) {
  mkdirSync(join(articlesDir, slug), { recursive: true });
  writeFileSync(join(articlesDir, slug, 'article.txt'), `${title}\n\n${paragraphs.join('\n\n')}\n`);
  if (edition) writeFileSync(join(articlesDir, slug, 'edition.json'), JSON.stringify(edition));
}

const build = () => buildSite({ projectDir, articlesDir, outDir, siteUrl: 'https://liseuse.example' });
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const modified = (file: string) => statSync(join(outDir, file)).mtimeMs;
/** How many articles' page data the build keeps for this site: one for each article, not one for each version. */
const cachedPageData = () => {
  const pages = join(openSiteCache(openBuildCache(projectDir), articlesDir, outDir).dir, 'pages');
  return readdirSync(pages, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;
};

let first: BuildReport;

beforeAll(async () => {
  cpSync(join(projectDir, 'src/content/articles'), articlesDir, { recursive: true });
  writeArticle('premier', 'Le premier article', ['Un paragraphe qui dit quelque chose.']);
  writeArticle('deuxieme', 'Le deuxième article', ['Un autre paragraphe, sur autre chose.']);
  writeArticle('troisieme', 'Le troisième article', ['Encore un paragraphe, le dernier.']);
  first = await build();
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build after another', () => {
  it('writes everything the first time', () => {
    expect(first.checked).toBe(4);
    expect(first.rewritten.sort()).toEqual(['deuxieme', 'premier', SEED_SLUG, 'troisieme'].sort());
    expect(first.stepsRun).toEqual([
      'the front page and the archive',
      'the not-found page',
      'the search page',
      'the search index',
      'the _headers file',
      'the sitemap and robots.txt',
      'the service worker for offline reading',
    ]);
    for (const file of ['index.html', '404.html', 'articles/premier/index.html', 'articles/premier/data.json']) {
      expect(brotliDecompressSync(readFileSync(join(outDir, `${file}.br`))).toString(), file).toBe(read(file));
    }
    const script = readdirSync(join(outDir, 'assets')).find((name) => name.endsWith('.js'))!;
    expect(existsSync(join(outDir, 'assets', `${script}.br`))).toBe(true);
    // Where the time went, the search index's time said to overlap the pages'.
    expect(Object.keys(first.seconds.steps).sort()).toEqual([...first.stepsRun].sort());
    expect(describeBuild(first, 0.4)).toMatch(/^Time spent: checking the articles \d+\.\d s, the app bundle \d+\.\d s, the article pages \d+\.\d s, .*the search index \d+\.\d s \(beside the pages\)/m);
  });

  it('reads no article and writes nothing when nothing changed', async () => {
    const report = await build();
    expect(report).toMatchObject({ checked: 0, rewritten: [], stepsRun: [], bundleReused: true, pruned: { pageData: 0 } });
    expect(describeBuild(report, 0.4)).toContain('Rebuilt no article page (4 up to date).');
  });

  it('rewrites only the page of an article whose text changed, and says so', async () => {
    const untouched = modified('articles/premier/index.html');
    const sitemap = modified('sitemap.xml');
    const frontPage = modified('index.html');
    const shownAfterIt = JSON.parse(read('articles/deuxieme/data.json')).moreToRead;
    writeArticle('deuxieme', 'Le deuxième article', ['Un autre paragraphe, sur autre chose.', 'Un paragraphe ajouté ce matin.']);
    const report = await build();
    // What to read after it is what it was (the build read it back from the page rather than listing every article).
    expect(shownAfterIt.length).toBeGreaterThan(0);
    expect(JSON.parse(read('articles/deuxieme/data.json')).moreToRead).toEqual(shownAfterIt);
    // The search index holds every article's text: it is the one listing written again.
    expect(report).toMatchObject({ checked: 1, rewritten: ['deuxieme'], stepsRun: ['the search index'] });
    expect(JSON.parse(read('articles/deuxieme/data.json')).article.sections.flatMap((section: { blocks: { runs?: { text: string }[] }[] }) => section.blocks.flatMap((block) => block.runs?.map((run) => run.text) ?? [])).join(' ')).toContain('Un paragraphe ajouté ce matin.');
    expect(read('articles/deuxieme/index.html')).toContain('Un paragraphe ajouté ce matin.');
    // The compressed copies a server sends are those of the new page, not of the old one.
    expect(brotliDecompressSync(readFileSync(join(outDir, 'articles/deuxieme/index.html.br'))).toString()).toBe(read('articles/deuxieme/index.html'));
    expect(gunzipSync(readFileSync(join(outDir, 'articles/deuxieme/index.html.gz'))).toString()).toBe(read('articles/deuxieme/index.html'));
    expect(modified('articles/premier/index.html')).toBe(untouched);
    // The sitemap and the front page show an article's address, title, date and opening, and none changed.
    expect(modified('sitemap.xml')).toBe(sitemap);
    expect(modified('index.html')).toBe(frontPage);
    expect(describeBuild(report, 0.4)).toContain('Rebuilt 1 article page: deuxieme (3 reused).');
    // Its former version's page data is of no more use: it leaves the cache, and the summary says so.
    expect(report.pruned.pageData).toBe(1);
    expect(cachedPageData()).toBe(4);
    expect(describeBuild(report, 0.4)).toContain('Pruned from the cache the page data of 1 article version no longer in the site');
  });

  it('sees an edit written in place, same size, the folder untouched: the file’s own times changed', async () => {
    const file = join(articlesDir, 'deuxieme', 'article.txt');
    const folderTime = statSync(join(articlesDir, 'deuxieme')).mtimeMs;
    const text = readFileSync(file, 'utf8');
    // As an editor saving over the file (no rename): same inode, same size, one word changed.
    writeFileSync(file, text.replace('autre chose', 'autre ville'));
    expect(statSync(join(articlesDir, 'deuxieme')).mtimeMs).toBe(folderTime);
    const report = await build();
    expect(report.checked).toBe(1);
    expect(report.rewritten).toContain('deuxieme');
    expect(read('articles/deuxieme/index.html')).toContain('autre ville');
    writeFileSync(file, text);
    expect((await build()).checked).toBe(1);
    expect(read('articles/deuxieme/index.html')).not.toContain('autre ville');
  });

  it('rewrites the pages that list articles when what they show of one changes', async () => {
    writeArticle('troisieme', 'Le troisième article', ['Encore un paragraphe, le dernier.'], { publishedAt: '2026-11-25' });
    const report = await build();
    // Now the newest, it moves in the order every page's "what to read next" is chosen from.
    expect(report.rewritten.sort()).toEqual(['deuxieme', 'premier', SEED_SLUG, 'troisieme'].sort());
    expect(JSON.parse(read('data.json')).latest[0].slug).toBe('troisieme');
    expect(report.stepsRun).toEqual(['the front page and the archive', 'the not-found page', 'the search index', 'the sitemap and robots.txt']);
    expect(read('sitemap.xml')).toContain('<loc>https://liseuse.example/articles/troisieme/</loc><lastmod>2026-11-25</lastmod>');
  });

  it('removes the page of a removed article and its sitemap entry', async () => {
    const cachedBefore = cachedPageData();
    rmSync(join(articlesDir, 'premier'), { recursive: true });
    const report = await build();
    expect(report.pruned.pageData).toBe(1);
    expect(cachedPageData()).toBe(cachedBefore - 1);
    expect(report.stepsRun).toEqual(['the front page and the archive', 'the search index', 'the sitemap and robots.txt']);
    expect(existsSync(join(outDir, 'articles/premier'))).toBe(false);
    expect(read('articles/index.html')).not.toContain('/articles/premier/');
    expect(read('sitemap.xml')).not.toContain('/articles/premier/');
  });

  it('rewrites the front page when another article becomes the featured one', async () => {
    const seedEdition = JSON.parse(readFileSync(join(articlesDir, SEED_SLUG, 'edition.json'), 'utf8'));
    writeFileSync(join(articlesDir, SEED_SLUG, 'edition.json'), JSON.stringify({ ...seedEdition, default: false }));
    writeArticle('deuxieme', 'Le deuxième article', ['Un autre paragraphe, sur autre chose.', 'Un paragraphe ajouté ce matin.'], { default: true });
    const report = await build();
    expect(report.stepsRun).toEqual(['the front page and the archive', 'the not-found page', 'the search index']);
    expect(JSON.parse(read('data.json')).featured.slug).toBe('deuxieme');
  });

  it('links a "PLUS :" teaser to the article it names once that article is added, and unlinks it when it goes', async () => {
    const linkedTeasers = () =>
      (JSON.parse(read(`articles/${SEED_SLUG}/data.json`)).article.sections as { blocks: { kind: string; path?: string }[] }[])
        .flatMap((section) => section.blocks)
        .filter((block) => block.kind === 'related' && block.path)
        .map((block) => block.path);
    expect(linkedTeasers()).toEqual([]);
    writeArticle('visas-afghans', '2 500 demandeurs de visa afghans, des familles seront hébergées dans une installation militaire américaine', ['Un paragraphe sur les visas.']);
    const added = await build();
    expect(added.rewritten).toContain(SEED_SLUG);
    expect(linkedTeasers()).toEqual(['/articles/visas-afghans/']);
    rmSync(join(articlesDir, 'visas-afghans'), { recursive: true });
    const removed = await build();
    expect(removed.rewritten).toContain(SEED_SLUG);
    expect(linkedTeasers()).toEqual([]);
  });

  it('still knows every article after builds that each changed a few: it reads none and writes nothing', async () => {
    const report = await build();
    expect(report).toMatchObject({ checked: 0, rewritten: [], stepsRun: [] });
  });

  // From nothing, the service worker is built again too (Workbox bundles and minifies it: seconds on a busy machine).
  it('starts again from nothing when the output folder was emptied', { timeout: 60_000 }, async () => {
    rmSync(outDir, { recursive: true });
    const report = await build();
    expect(report.rewritten).toHaveLength(3);
    expect(existsSync(join(outDir, 'assets'))).toBe(true);
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
  });
});
