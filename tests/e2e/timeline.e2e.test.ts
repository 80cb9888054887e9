// The "Chronologie" closes and opens as a whole, and each event opens to its summary and a link to its passage.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { ARTICLE_PATHS, NO_PROBLEMS, eventButtonName, hydrationOf, isInView, readArticle, siteUrl, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
let article: ArticlePage;

beforeAll(async () => {
  article = await readArticle(ARTICLE_PATHS.featured);
});

describe('the timeline', () => {
  it('collapses and expands, hiding and showing its events', async () => {
    const { page, problems } = await openPage(article.path);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    const toggle = timeline.getByRole('button', { name: 'Chronologie', exact: true });
    const eventButtons = article.events.map((event) => timeline.getByRole('button', { name: eventButtonName(event) }));
    const visibleEvents = async () => (await Promise.all(eventButtons.map((button) => button.isVisible()))).filter(Boolean).length;

    expect(article.events.length).toBeGreaterThan(1);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await visibleEvents()).toBe(article.events.length);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await visibleEvents()).toBe(0);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await visibleEvents()).toBe(article.events.length);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('opens an event to its summary and "Lire dans l’article", which leads to the passage', async () => {
    const { page, problems } = await openPage(article.path);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const event = article.events[0]!;
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    const eventButton = timeline.getByRole('button', { name: eventButtonName(event) });
    const summary = timeline.getByText(event.summary!); // the edition's events have summaries

    expect(await eventButton.getAttribute('aria-expanded')).toBe('false');
    expect(await summary.isVisible()).toBe(false);
    await eventButton.click();
    await expect.poll(() => eventButton.getAttribute('aria-expanded')).toBe('true');
    expect(await summary.isVisible()).toBe(true);

    const readInArticle = page.locator(`[id="${event.id}"]`).getByRole('link', { name: 'Lire dans l’article' });
    await readInArticle.click();
    await expect.poll(() => page.url()).toBe(siteUrl(`${article.path}#${event.blockId}`));
    await expect.poll(() => isInView(page, event.blockId)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
