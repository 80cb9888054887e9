// Finding articles in Chromium: the front page (with and without JavaScript), client-side navigation that keeps the
// page alive (title, focus, Back to the same place), bylines, what to read next, linked teasers, search, and the
// front page's scripts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FrontPageData } from '../../src/content/page-data.ts';
import { LATER_SCRIPT_NAME } from '../../scripts/build/later-script-name.ts';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, PHONE, hydrationOf, plain, readArticle, readPageData, siteUrl, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const NO_SCRIPT = { ...DESKTOP, javaScriptEnabled: false };
async function frontPageData(): Promise<FrontPageData> {
  const data = await readPageData('/');
  if (data.kind !== 'front-page') throw new Error(`"/" is a ${data.kind} page`);
  return data;
}

/** Set on the page's window: still there after a client-side navigation, gone after a reload. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
}
function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true);
}

describe('the front page', () => {
  it('lists the featured article, then the others newest first (undated last), and its links work without JavaScript', async () => {
    const data = await frontPageData();
    const { page, problems } = await openPage('/', { context: NO_SCRIPT });
    const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allTextContents();
    expect(titles).toEqual([data.featured.title, ...data.latest.map((article) => article.title)]);
    expect(data.featured.path).toBe(ARTICLE_PATHS.featured);
    const dates = data.latest.map((article) => article.publishedAt);
    const dated = dates.filter((date) => date !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);

    const featured = page.getByRole('article', { name: data.featured.title });
    expect(await featured.locator('time').getAttribute('datetime')).toBe('2021-07-26');
    expect(plain((await featured.textContent()) ?? '')).toContain(`26 juillet 2021 · abcnews.go.com · ${data.featured.readingMinutes} min de lecture`);

    await page.getByRole('link', { name: data.latest[0]!.title }).click();
    await page.waitForURL(siteUrl(data.latest[0]!.path));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(data.latest[0]!.title);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  // Its size is the build test's to measure (tests/build/site-build.test.ts, one way for every figure): here, that the
  // browser loads nothing more than that entry before the later script, and no chunk of another page.
  it('loads only its entry script before the later one, and none of the article page\'s', async () => {
    const { page, problems } = await openPage('/');
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await expect.poll(() => hydrationOf(page)).toEqual({ hydrated: true, keptPrerenderedDom: true });
    await page.waitForLoadState('networkidle');
    // The later script (the "Aa" menu, the side column) comes after the app and is counted apart (scripts/page-assets.ts).
    const firstScreen = [...scripts].filter((path) => !path.startsWith(`/assets/${LATER_SCRIPT_NAME}-`));
    expect(firstScreen).toEqual([expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/)]);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe('going from page to page', () => {
  it('opens an article without reloading: its title, focus on its heading, and Back returns to the same place and link', async () => {
    const data = await frontPageData();
    const target = data.latest.at(-1)!;
    const { page, problems } = await openPage('/', { context: PHONE });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    await markWindow(page);
    const link = page.getByRole('link', { name: target.title });
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const scrolledTo = await page.evaluate(() => window.scrollY);
    expect(scrolledTo).toBeGreaterThan(100);

    await link.click();
    await page.waitForURL(siteUrl(target.path));
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator(':focus').textContent()).toBe(target.title);
    expect(await page.title()).toBe(`${plain(target.title)} — Liseuse`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await isSameDocument(page)).toBe(true);

    await page.goBack();
    await page.waitForURL(siteUrl('/'));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo - 2);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledTo)).toBeLessThanOrEqual(2);
    expect(await page.title()).toBe('Liseuse — À la une');
    // Focus is back on the link the reader followed, where Tab goes on from.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(target.title);
    expect(await isSameDocument(page)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('shows a bar at the top while the next page\'s data is slow to come', async () => {
    const data = await frontPageData();
    const { page, problems } = await openPage('/');
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    // On the browser context, not the page: the service worker asks for the data, and a page's routes miss its requests.
    await page.context().route('**/data.json', async (route) => {
      await held;
      await route.continue();
    });
    const bar = page.locator('body > #root div.fixed.top-0[aria-hidden="true"]');
    expect(await bar.count()).toBe(0);
    await page.getByRole('link', { name: data.latest[0]!.title }).click();
    await expect.poll(() => bar.count()).toBe(1);
    release();
    await page.waitForURL(siteUrl(data.latest[0]!.path));
    await expect.poll(() => bar.count()).toBe(0);
    await page.context().unroute('**/data.json');
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('follows a "PLUS :" teaser that names another article of the site, and offers other articles at the end', async () => {
    const libraries = await readArticle(ARTICLE_PATHS.libraries);
    const { page, problems } = await openPage(ARTICLE_PATHS.libraries);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    await markWindow(page);
    const more = page.getByRole('region', { name: 'D’autres articles à lire' });
    expect(await more.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    expect(await more.getByRole('link', { name: (await readArticle(ARTICLE_PATHS.featured)).title }).count()).toBe(1);

    const teaser = page.getByRole('main').getByRole('link', { name: 'La médiathèque de la Part-Dieu rouvre après deux ans de travaux' });
    expect(await teaser.getAttribute('href')).toBe(ARTICLE_PATHS.withoutEdition);
    await teaser.click();
    await page.waitForURL(siteUrl(ARTICLE_PATHS.withoutEdition));
    // The address changes as the new page's render starts; a busy machine may draw it a frame later.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('La médiathèque de la Part-Dieu rouvre après deux ans de travaux');
    // And back the other way: the médiathèque's own teaser names the libraries' article.
    expect(await page.getByRole('main').getByRole('link', { name: libraries.title }).getAttribute('href')).toBe(ARTICLE_PATHS.libraries);
    expect(await isSameDocument(page)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('says under the title when, where and by whom the article was published', async () => {
    const article = await readArticle(ARTICLE_PATHS.featured);
    const { page } = await openPage(ARTICLE_PATHS.featured, { context: NO_SCRIPT });
    const byline = page.locator('h1 + p');
    expect(plain((await byline.textContent()) ?? '')).toBe(['Publié le 26 juillet 2021', article.source, article.contributors.join(', ')].join(' · '));
    expect(await byline.locator('time').getAttribute('datetime')).toBe('2021-07-26');
  });
});

describe('search', () => {
  it('finds a word of an article that is not the featured one and opens it at that paragraph', async () => {
    const article = await readArticle(ARTICLE_PATHS.libraries);
    const paragraph = article.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'paragraph' && block.runs.some((run) => run.text.includes('bibliobus')))!;
    const { page, problems } = await openPage('/');
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    await page.getByRole('searchbox', { name: 'Rechercher dans les articles' }).fill('bibliobus');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(siteUrl('/recherche/?q=bibliobus'));

    const result = page.getByRole('main').getByRole('link', { name: article.title });
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
    expect(await result.getAttribute('href')).toBe(`${ARTICLE_PATHS.libraries}#${paragraph.id}`);
    expect(await page.getByRole('main').locator('mark').first().textContent()).toBe('bibliobus');
    expect(await page.getByRole('status').first().textContent()).toContain('1 article pour « bibliobus »');

    await result.click();
    await page.waitForURL(siteUrl(`${ARTICLE_PATHS.libraries}#${paragraph.id}`));
    await expect.poll(() => page.evaluate((id) => document.activeElement?.id === id, paragraph.id)).toBe(true);
    await expect.poll(() => page.evaluate((id) => {
      const { top } = document.getElementById(id)!.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight;
    }, paragraph.id)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('searches titles too, and says when nothing matches', async () => {
    const { page, problems } = await openPage('/recherche/');
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const box = page.getByRole('searchbox', { name: 'Rechercher dans les articles' });
    await box.fill('médiathèque');
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: 'La médiathèque de la Part-Dieu rouvre après deux ans de travaux' }).count(), { timeout: 10_000 }).toBe(1);
    await box.fill('xylophone');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toBe('Aucun article ne contient « xylophone ».');
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('shows a passage as it is written, markup and entities included, and runs none of it', async () => {
    const { page, problems } = await openPage('/recherche/?q=entit%C3%A9s');
    const result = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Les entités' });
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
    expect(await result.locator('p').textContent()).toContain('Les entités &amp; et &lt;b&gt; doivent rester écrites ainsi, tout comme la balise </script> seule.');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

