// With JavaScript off (or before it arrives), the prerendered page is the whole article: title, text, captions, quotes.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, PHONE, readArticle, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const NO_SCRIPT = { ...DESKTOP, javaScriptEnabled: false };

describe.each([['an article page', ARTICLE_PATHS.featured]])('%s, with JavaScript off', (_name, path) => {
  it('shows the title, every paragraph, the captions and the quotes with their speakers', async () => {
    const article = await readArticle(path);
    const blocks = article.sections.flatMap((section) => section.blocks);
    const { page, problems } = await openPage(path, { context: NO_SCRIPT });

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);

    const paragraphIds = blocks.filter((block) => block.kind !== 'caption').map((block) => block.id);
    expect(paragraphIds.length).toBeGreaterThan(5);
    expect(await page.locator('main p[id]').evaluateAll((elements) => elements.map((element) => element.id))).toEqual(paragraphIds);
    for (const id of paragraphIds) expect(await page.locator(`[id="${id}"]`).isVisible(), id).toBe(true);

    const captions = blocks.flatMap((block) => (block.kind === 'caption' ? [block] : []));
    const figures = page.locator('main figure');
    expect(await figures.count()).toBe(captions.length);
    for (const [index, caption] of captions.entries()) {
      expect(await figures.nth(index).textContent()).toContain(caption.text);
      expect(await figures.nth(index).isVisible()).toBe(true);
    }

    const quoteEntries = page.getByRole('complementary', { name: 'Citations' }).getByRole('listitem');
    expect(await quoteEntries.count()).toBe(article.quotes.length);
    for (const [index, quote] of article.quotes.entries()) {
      const entry = quoteEntries.nth(index);
      expect(await entry.isVisible()).toBe(true);
      expect(await entry.getByRole('blockquote').textContent()).toContain(quote.text);
      expect(await entry.getByText(quote.speaker?.name ?? 'non attribuée', { exact: true }).count()).toBe(1);
    }
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe.each([
  ['390 px wide', { ...PHONE, javaScriptEnabled: false }],
  ['1280 px wide', NO_SCRIPT],
])('an article at %s, with JavaScript off', (_width, context) => {
  it('has its contents reachable, its events unfolded, and no control that needs a script in view', async () => {
    const article = await readArticle('/articles/biden-irak-fin-mission-combat/');
    const { page, problems } = await openPage('/articles/biden-irak-fin-mission-combat/', { context });
    const contents = page.getByRole('navigation', { name: 'Sommaire' });
    const entries = contents.getByRole('link');
    expect(await entries.count()).toBeGreaterThan(2);
    for (let index = 0; index < (await entries.count()); index++) expect(await entries.nth(index).isVisible()).toBe(true);
    // A link to a section works as a plain link.
    await entries.last().click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('');

    // An event the parser proposed has no summary: its title is the text's own words.
    for (const event of article.events) if (event.summary) expect(await page.getByText(event.summary, { exact: true }).isVisible(), event.id).toBe(true);

    const scriptOnly = page.getByRole('button', { name: /Copier le lien|Réglages de lecture|Partager/, includeHidden: true });
    expect(await scriptOnly.count()).toBeGreaterThan(5);
    expect(await scriptOnly.evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length)).toBe(0);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
