// With JavaScript off (or before it arrives), the prerendered page is the whole article: title, text, captions, quotes.
import { describe, expect, it } from 'vitest';
import { DESKTOP, NO_PROBLEMS, readArticle, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const NO_SCRIPT = { ...DESKTOP, javaScriptEnabled: false };

describe.each([['the home page', '/'], ['an article page', '/articles/biden-irak-fin-mission-combat/']])('%s, with JavaScript off', (_name, path) => {
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
      expect(await entry.getByText(quote.speaker, { exact: true }).count()).toBe(1);
    }
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
