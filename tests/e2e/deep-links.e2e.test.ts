// Links to a place in an article (#section, #quote, #event) open the page right there, from another site (cold) or
// from inside the page, and Back returns; hashes the page cannot use change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, PHONE, eventButtonName, hydrationOf, readArticle, siteUrl, useBrowser } from './browser.ts';

/** Stable words from the default article's edition.json: editors choose them, they do not change with the text. */
const LAST_SECTION_ID = 'la-reponse-des-milices';
const EVENT_ID = 'frappe-soleimani';

const { openPage } = useBrowser();
let article: ArticlePage;

beforeAll(async () => {
  article = await readArticle(ARTICLE_PATHS.featured);
});

/** What a reader notices of a link's target: on screen, where the keyboard is, and marked for the eye. */
function targetState(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return 'missing';
    const { top } = target.getBoundingClientRect();
    const active = document.activeElement;
    return {
      inView: top >= 0 && top < window.innerHeight,
      focused: active !== null && target.contains(active),
      marked: window.__e2e?.marked.includes(targetId) ?? false,
    };
  }, id);
}

const LANDED = { inView: true, focused: true, marked: true };

describe('a link opened from elsewhere (cold)', () => {
  it('to a section of an article lands on its heading', async () => {
    const { page, problems } = await openPage(`${ARTICLE_PATHS.featured}#${LAST_SECTION_ID}`);
    await expect.poll(() => targetState(page, LAST_SECTION_ID)).toEqual(LANDED);
    expect(await page.getByRole('heading', { level: 2, name: article.sections.at(-1)!.heading!.title }).getAttribute('id')).toBe(LAST_SECTION_ID);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('to a quote lands on the quoted words in the body', async () => {
    const quote = article.quotes.at(-1)!;
    const { page, problems } = await openPage(`${article.path}#${quote.id}`);
    await expect.poll(() => targetState(page, quote.id)).toEqual(LANDED);
    expect(await page.locator(`main q[id="${quote.id}"]`).count()).toBe(1);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it.each([
    ['on a desktop screen, where the timeline is beside the article', DESKTOP],
    ['on a phone, where it follows the article', PHONE],
  ])('to a timeline event lands on it with its details open, %s', async (_screen, context) => {
    const event = article.events.find((e) => e.id === EVENT_ID)!;
    const { page, problems } = await openPage(`${article.path}#${EVENT_ID}`, { context });
    await expect.poll(() => targetState(page, EVENT_ID)).toEqual(LANDED);
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    const eventButton = timeline.getByRole('button', { name: eventButtonName(event) });
    await expect.poll(() => eventButton.getAttribute('aria-expanded')).toBe('true');
    expect(await timeline.getByText(event.summary!).isVisible()).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe('a link followed inside the page', () => {
  it('from the table of contents adds the #id, shows the section, and Back returns', async () => {
    const { page, problems } = await openPage(article.path);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const section = article.sections.at(-2)!.heading!;
    await page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link', { name: section.title }).click();
    await expect.poll(() => page.url()).toBe(siteUrl(`${article.path}#${section.id}`));
    await expect.poll(() => targetState(page, section.id)).toEqual(LANDED);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(siteUrl(article.path));
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('from a quote in the sidebar ("Lire dans l’article") adds the #id, shows the quote, and Back returns', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.featured);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const quote = article.quotes.at(-1)!;
    const entry = page.getByRole('complementary', { name: 'Citations' }).getByRole('listitem').filter({ hasText: quote.speaker?.name ?? 'non attribuée' }).last();
    await entry.getByRole('link', { name: 'Lire dans l’article' }).click();
    await expect.poll(() => page.url()).toBe(siteUrl(`${ARTICLE_PATHS.featured}#${quote.id}`));
    await expect.poll(() => targetState(page, quote.id)).toEqual(LANDED);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(siteUrl(ARTICLE_PATHS.featured));
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe('a hash that points nowhere', () => {
  const oddHashes = [
    ['an encoded ellipsis', '#%E2%80%A6'],
    ['a malformed escape', '#%ZZ'],
    ['an unknown id', '#section-qui-n-existe-pas'],
    ['a 5,000-character id shaped like a paragraph id', `#${'a'.repeat(4995)}-zz99`],
    ['quotes', `#a"b'c`],
  ];

  it.each(oddHashes)('(%s) leaves the page at its top, with no error', async (_name, hash) => {
    const { page, problems } = await openPage(`${article.path}${hash}`);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    // Long enough for the page to have acted on the hash (it waits a few frames for closed panels to open).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => window.__e2e?.marked)).toEqual([]);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
