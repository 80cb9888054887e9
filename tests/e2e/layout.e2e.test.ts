// The page's layout as a reader sees it: one column and nothing wider than a phone's screen, the panels beside the
// article (and pinned while reading) on a desktop screen. Saves screenshots to test-results/screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, PHONE, hydrationOf, useBrowser } from './browser.ts';

const screenshotDir = resolve(import.meta.dirname, '../../test-results/screenshots');
const { openPage } = useBrowser();

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

/** Where the article and its two panels are on the screen, in CSS pixels relative to the viewport. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const { top, bottom, left, right } = document.querySelector(selector)!.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return {
      main: box('main'),
      timeline: box('#chronologie'),
      quotes: box('#citations'),
      viewport: { height: window.innerHeight },
    };
  });
}

async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => window.scrollTo({ top: (document.documentElement.scrollHeight - window.innerHeight) * f, behavior: 'instant' }), fraction);
  // Two frames: the scroll is applied and the sticky panels are laid out again.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('on a phone (390 × 844)', () => {
  it.each([
    ['the front page', '/'],
    ['an article page', ARTICLE_PATHS.featured],
    ['the article with no edition.json', ARTICLE_PATHS.withoutEdition],
    ['the hostile article, with its long unbroken strings', ARTICLE_PATHS.hostile],
  ])('%s does not scroll sideways', async (_name, path) => {
    const { page, problems } = await openPage(path, { context: PHONE });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('lays out only the first screen for the first paint, and the rest once that frame is drawn', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.featured, { context: PHONE });
    await page.waitForFunction(() => document.documentElement.classList.contains('painted'));
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const realHeight = await height();
    const sections = () => page.evaluate(() => [...document.querySelectorAll('article section')].map((section) => getComputedStyle(section).contentVisibility));
    expect(new Set(await sections())).toEqual(new Set(['visible']));
    // Back to the page as its first frame had it, before the starter's "painted": the first section laid out, the
    // others below the first screen waiting, with an estimate of their height. Find in page reaches them all the same
    // (and a link to one of them, opened from elsewhere, lands on it: deep-links.e2e.test.ts, at that very moment).
    await page.evaluate(() => document.documentElement.classList.remove('painted'));
    expect(await sections()).toEqual(['visible', 'auto', 'auto', 'auto', 'auto']);
    const lastWords = await page.evaluate(() => [...document.querySelectorAll('article section')].at(-1)!.querySelector('p[id]')!.textContent!.slice(0, 40));
    // window.find: Chromium's find in page, as a script can call it (not in TypeScript's DOM types: it is no standard).
    expect(await page.evaluate((words) => (window as unknown as { find(text: string): boolean }).find(words), lastWords)).toBe(true);
    await page.evaluate(() => document.documentElement.classList.add('painted'));
    expect(await height()).toBe(realHeight);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('puts the timeline and the quotes after the article', async () => {
    const { page } = await openPage(ARTICLE_PATHS.featured, { context: PHONE });
    const { main, timeline, quotes } = await boxes(page);
    expect(timeline.top).toBeGreaterThanOrEqual(main.bottom);
    expect(quotes.top).toBeGreaterThanOrEqual(main.bottom);
  });
});

describe('on a desktop screen (1280 × 800)', () => {
  it('puts the timeline and the quotes beside the article, and keeps them in view down to its end', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.featured, { context: DESKTOP });
    const atTop = await boxes(page);
    expect(atTop.timeline.left).toBeGreaterThanOrEqual(atTop.main.right);
    expect(atTop.quotes.left).toBeGreaterThanOrEqual(atTop.main.right);
    expect(atTop.timeline.top).toBeLessThan(atTop.viewport.height);

    // Halfway down the article, the panels are pinned at the top of the screen: the timeline is whole and in view.
    await scrollTo(page, 0.5);
    const halfway = await boxes(page);
    expect(halfway.main.top).toBeLessThan(-halfway.viewport.height);
    expect(halfway.timeline.top).toBeGreaterThanOrEqual(0);
    expect(halfway.timeline.bottom).toBeLessThanOrEqual(halfway.viewport.height);

    // At the very end the panels still show (the article's end pushes them up a little, as sticky boxes go).
    await scrollTo(page, 1);
    const atEnd = await boxes(page);
    for (const panel of [atEnd.timeline, atEnd.quotes]) {
      expect(panel.bottom).toBeGreaterThan(0);
      expect(panel.top).toBeLessThan(atEnd.viewport.height);
    }
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('keeps the table of contents in view beside the article while reading, marking the current section', async () => {
    const { page } = await openPage(ARTICLE_PATHS.featured, { context: DESKTOP });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    // Step by step, as a reader scrolls: the current section is followed as headings pass the top of the screen.
    await page.evaluate(async () => {
      const end = (document.documentElement.scrollHeight - window.innerHeight) / 2;
      for (let y = 0; y <= end; y += 120) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    });
    const tableOfContents = page.getByRole('navigation', { name: 'Sommaire' });
    const box = (await tableOfContents.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(DESKTOP.viewport!.height);
    await expect.poll(() => tableOfContents.locator('[aria-current="location"]').count()).toBe(1);
  });
});

describe('screenshots for review (test-results/screenshots/)', () => {
  it.each([
    ['1280', DESKTOP],
    ['390', PHONE],
  ] satisfies [string, BrowserContextOptions][])('of the home page at %s px', async (width, context) => {
    const { page } = await openPage(ARTICLE_PATHS.featured, { context });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const shot = (name: string, fullPage = false) => page.screenshot({ path: join(screenshotDir, `home-${width}-${name}.png`), fullPage, animations: 'disabled' });
    await shot('top');
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    const toggle = timeline.getByRole('button', { name: 'Chronologie', exact: true });
    await timeline.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await shot('timeline-open');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await shot('timeline-closed');
    await toggle.click();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await shot('full', true);
  });
});
