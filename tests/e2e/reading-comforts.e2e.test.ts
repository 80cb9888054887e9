// Reader comforts in a real browser: the "Aa" menu by keyboard, the choice kept across a reload and applied before
// the first paint, the automatic theme, the bar and the contents on a phone, the progress line, the paragraph links,
// the side column that follows the reading, and the French quote marks in the body.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, NO_PROBLEMS, PHONE, hydrationOf, readArticle, siteUrl, useBrowser } from './browser.ts';

const { openPage, context } = useBrowser();
const ARTICLE = '/articles/biden-irak-fin-mission-combat/';
/** The page's background in each theme, as the browser computes it. */
const BACKGROUND = { light: 'rgb(251, 248, 241)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(26, 25, 23)' };

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/** The later script (the "Aa" menu) comes after the app: wait until "Aa" answers. */
async function openSettings(page: Page) {
  await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
  const aa = page.getByRole('button', { name: 'Réglages de lecture' });
  await expect.poll(async () => {
    if ((await aa.getAttribute('aria-expanded')) === 'false') await aa.click();
    return aa.getAttribute('aria-expanded');
  }).toBe('true');
  return aa;
}

describe('the reading settings', () => {
  it('work from the keyboard, are kept across a reload, and Escape gives focus back to "Aa"', async () => {
    const { page, problems } = await openPage(ARTICLE);
    await page.evaluate(() => localStorage.clear());
    const aa = await openSettings(page);
    await page.getByRole('radio', { name: 'Sombre' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => background(page)).toBe(BACKGROUND.dark);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // from "Normale", the size checked, to "Grande"
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('grand');
    await page.keyboard.press('Escape');
    expect(await aa.getAttribute('aria-expanded')).toBe('false');
    expect(await aa.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);

    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(BACKGROUND.dark);
    await page.evaluate(() => localStorage.clear());
  });

  it('are applied before the first paint: a reload in dark is dark before any script of the app runs', async () => {
    const browserContext = await context({ ...DESKTOP, viewport: { width: 1279, height: 800 } });
    const page = await browserContext.newPage();
    // The app and the later script never arrive: only the page's own inline starter may set the theme.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.addInitScript(() => {
      localStorage.setItem('liseuse:reglages', JSON.stringify({ theme: 'dark', textSize: 'grand' }));
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as unknown as { firstPaintBackground: string }).firstPaintBackground = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.goto(siteUrl(ARTICLE));
    expect(await page.evaluate(() => (window as unknown as { firstPaintBackground: string }).firstPaintBackground)).toBe(BACKGROUND.dark);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.article-text')!).fontSize)).toBe('22px');
    await page.close();
  });

  it('follow the system in the automatic theme, and sepia is its own', async () => {
    const { page } = await openPage(ARTICLE);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(BACKGROUND.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(BACKGROUND.light);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'sepia'));
    expect(await background(page)).toBe(BACKGROUND.sepia);
    await page.emulateMedia({ colorScheme: null });
  });
});

describe('a long read on a phone', () => {
  it('keeps the bar at the top, and its "Sommaire" link opens the contents from mid-article', async () => {
    const { page, problems } = await openPage(ARTICLE, { context: PHONE });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight * 0.6, behavior: 'instant' }));
    const bar = page.getByRole('navigation', { name: 'Accès rapide' });
    expect((await bar.boundingBox())!.y).toBeLessThan(10);
    // The later script opens the folded contents; wait until it has arrived.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/assets/later-')))).toBe(true);
    await bar.getByRole('link', { name: 'Sommaire' }).click();
    const contents = page.getByRole('navigation', { name: 'Sommaire' });
    await expect.poll(() => contents.getByRole('link').first().isVisible()).toBe(true);
    // The page may scroll smoothly there: the contents end up on screen, below the bar.
    await expect.poll(async () => (await contents.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect((await contents.boundingBox())!.y).toBeLessThan(844);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('shows how far the reader is with a line at the top of the screen', async () => {
    const { page } = await openPage(ARTICLE, { context: PHONE });
    const progress = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.body, '::before').transform).a);
    expect(await progress()).toBeCloseTo(0, 1);
    // What lies below the first screen is laid out once the first frame is drawn ("painted", two frames after "load"):
    // from then on the page has its real height, which the line measures against.
    await page.waitForFunction(() => document.documentElement.classList.contains('painted'));
    await page.evaluate(() => window.scrollTo({ top: (document.documentElement.scrollHeight - innerHeight) / 2, behavior: 'instant' }));
    await expect.poll(progress).toBeCloseTo(0.5, 1);
  });
});

describe('the paragraphs', () => {
  it('each have a copy-link button that shows on hover and on focus, at least 24 × 24 px', async () => {
    const article = await readArticle(ARTICLE);
    const paragraphs = article.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'paragraph');
    const { page } = await openPage(ARTICLE);
    const buttons = page.getByRole('button', { name: 'Copier le lien vers ce paragraphe' });
    expect(await buttons.count()).toBe(paragraphs.length);
    const opacity = (index: number) => buttons.nth(index).evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity(1)).toBe('0');
    await page.locator(`[id="${paragraphs[1]!.id}"]`).hover();
    expect(await opacity(1)).toBe('1');
    await buttons.nth(2).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await opacity(2)).toBe('1');
    const box = (await buttons.nth(2).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });

  it('show English quotes as « » with thin no-break spaces, and numbers kept on one line', async () => {
    const { page } = await openPage(ARTICLE);
    const text = await page.locator('main').textContent();
    expect(text).toContain('«\u202fNotre lutte commune');
    expect(text).not.toMatch(/[“”]/);
    expect(text).toContain('500\u202f000 doses');
  });
});

describe('the side column on a desktop screen', () => {
  it('follows the reading: the quotes of the passage on screen come into its view', async () => {
    const article = await readArticle(ARTICLE);
    const last = article.quotes[article.quotes.length - 1]!;
    const { page } = await openPage(ARTICLE);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/assets/later-')))).toBe(true);
    await page.locator(`[id="${last.blockId}"]`).evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.mouse.move(400, 400);
    const entry = page.locator(`#colonne-laterale [data-passage="${last.blockId}"]`).first();
    await expect.poll(() => entry.getAttribute('data-in-view')).toBe('');
    await expect.poll(() =>
      entry.evaluate((element) => {
        const column = document.getElementById('colonne-laterale')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= column.top - 1 && box.top < column.bottom;
      }),
    ).toBe(true);
  });
});
