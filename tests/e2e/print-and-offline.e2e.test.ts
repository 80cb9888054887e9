// Printing an article, and reopening it offline: what a reader gets on paper and on a train.
import { describe, expect, it } from 'vitest';
import { DESKTOP, hydrationOf, readArticle, siteUrl, useBrowser } from './browser.ts';

const { openPage, context } = useBrowser();
const ARTICLE = '/articles/biden-irak-fin-mission-combat/';

describe('printing an article', () => {
  it('prints the article alone: its address and source at the top, no button, the events unfolded, the panels after the text', async () => {
    const article = await readArticle(ARTICLE);
    const { page } = await openPage(ARTICLE);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    await page.emulateMedia({ media: 'print' });

    const heading = page.locator('.print-heading');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toContain(siteUrl(ARTICLE));
    if (article.source) expect(await heading.textContent()).toContain(article.source);

    // A panel's heading keeps its words on paper (they are inside its button); every other button is gone.
    const visibleButtons = await page
      .getByRole('button')
      .evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility() && !button.matches('h2 > button, h3 > button')).map((button) => button.outerHTML.slice(0, 80)));
    expect(visibleButtons).toEqual([]);
    expect(await page.getByRole('button', { name: /Copier le lien/ }).first().isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Sommaire' }).isVisible()).toBe(false);
    expect(await page.locator('.icon').evaluateAll((icons) => icons.filter((icon) => icon.checkVisibility()).length)).toBe(0);

    // An event the parser proposed has no summary: its title is the text's own words.
    for (const event of article.events) if (event.summary) expect(await page.getByText(event.summary, { exact: true }).isVisible(), event.id).toBe(true);

    const mainBottom = (await page.locator('main').boundingBox())!.y + (await page.locator('main').boundingBox())!.height;
    expect((await page.locator('#chronologie').boundingBox())!.y).toBeGreaterThanOrEqual(mainBottom);
    expect((await page.locator('#citations').boundingBox())!.y).toBeGreaterThanOrEqual(mainBottom);
    expect(await page.locator('.article-text').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/serif/);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: null });
  });
});

describe('reading offline', () => {
  it('reopens an article the reader has opened once, with the network gone', async () => {
    const browserContext = await context({ ...DESKTOP, viewport: { width: 1200, height: 800 } });
    const page = await browserContext.newPage();
    await page.goto(siteUrl(ARTICLE));
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    // The starter registers the worker after load, and the page puts itself in the cache of pages once it is active.
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 20_000 }).toBe(true);
    await browserContext.setOffline(true);
    try {
      await page.reload();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      // The app itself comes from the worker's precache: the page still hydrates.
      await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    } finally {
      await browserContext.setOffline(false);
      await page.close();
    }
  });

  it('is installable: a manifest with a name, a start address, standalone display and PNG icons of 192 and 512 px', async () => {
    const { page } = await openPage(ARTICLE, { context: { ...DESKTOP, viewport: { width: 1200, height: 800 } } });
    // Linked by the starter once the page is idle, not in the HTML (see scripts/build/first-paint-starter.ts).
    await expect.poll(() => page.locator('link[rel="manifest"]').count(), { timeout: 10_000 }).toBe(1);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json() as Promise<{ name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] }>;
    });
    expect(manifest).toMatchObject({ name: 'Liseuse', start_url: '/', display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size && candidate.type === 'image/png');
      expect(icon, size).toBeDefined();
      expect((await fetch(siteUrl(icon!.src))).status, size).toBe(200);
    }
  });

  it('serves a new edition of the article as soon as the network is back (the network first, the cache only as a fallback)', async () => {
    const browserContext = await context({ ...DESKTOP, viewport: { width: 1200, height: 800 } });
    const page = await browserContext.newPage();
    await page.goto(siteUrl(ARTICLE));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
    // The worker answers the page, and it asked the server: the response is the server's, not a cached copy.
    let served = 0;
    page.on('response', (response) => {
      if (response.url() === siteUrl(ARTICLE) && response.fromServiceWorker()) served += 1;
    });
    let reachedServer = false;
    await browserContext.route(siteUrl(ARTICLE), async (route) => {
      reachedServer = true;
      const response = await route.fetch();
      // The new edition changes a word of the title, in the HTML and in the page's data alike (hydration reads both).
      await route.fulfill({ response, body: (await response.text()).replaceAll('terminent', 'achèvent') });
    });
    await page.reload();
    expect(reachedServer).toBe(true);
    expect(served).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('achèvent');
    await browserContext.unroute(siteUrl(ARTICLE));
    await page.close();
  });
});
