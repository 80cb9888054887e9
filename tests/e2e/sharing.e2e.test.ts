// "Copier le lien" puts the article's lasting address of the place on the clipboard, and says so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, hydrationOf, readArticle, siteUrl, useBrowser } from './browser.ts';

const { context, openPage } = useBrowser();
let article: ArticlePage;

beforeAll(async () => {
  article = await readArticle(ARTICLE_PATHS.featured);
  await (await context(DESKTOP)).grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('/').replace(/\/$/, '') });
});

describe('copying a link', () => {
  it('to a section copies /articles/<slug>/#<section> and announces "Lien copié"', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.featured);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const section = article.sections.find((s) => s.heading)!.heading!;
    await page.getByRole('button', { name: 'Copier le lien vers cette section' }).first().click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`/articles/${article.slug}/#${section.id}`));
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('to a quote copies the address of the quote in the article', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.featured);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const quote = article.quotes[0]!;
    const sidebar = page.getByRole('complementary', { name: 'Citations' });
    await sidebar.getByRole('button', { name: `Copier le lien vers la citation de ${quote.speaker?.name}` }).first().click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`${article.path}#${quote.id}`));
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
