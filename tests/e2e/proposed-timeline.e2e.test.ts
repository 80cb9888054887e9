// An article with no edition.json still has its "Chronologie": the events the parser proposed, in date order, each
// one click from its sentence marked in the text, and back from the date mark beside that sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { ARTICLE_PATHS, NO_PROBLEMS, eventButtonName, hydrationOf, isInView, plain, readArticle, siteUrl, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
let article: ArticlePage;

beforeAll(async () => {
  article = await readArticle(ARTICLE_PATHS.proposedTimeline);
});

describe('the timeline the parser proposes', () => {
  it('lists the dated statements in date order, each with its French date in a <time>', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.proposedTimeline);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    const times = timeline.locator('ol > li time');
    expect(await times.allTextContents()).toEqual(['février 2023', 'vendredi 3 mars 2023', 'vendredi 10 mars 2023']);
    expect(await times.evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime')))).toEqual([
      '2023-02', '2023-03-03', '2023-03-10',
    ]);
    expect(plain(article.events[1]!.title)).toBe('Le mouvement a commencé le 3 mars 2023, après l’échec de la dernière réunion.');
    expect(await problems()).toEqual(NO_PROBLEMS);
  });

  it('leads from an event to its sentence, marked in the text, and from the sentence’s date mark back to the event', async () => {
    const { page, problems } = await openPage(ARTICLE_PATHS.proposedTimeline);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const event = article.events[2]!;
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    await timeline.getByRole('button', { name: eventButtonName(event) }).click();
    await page.locator(`[id="${event.id}"]`).getByRole('link', { name: 'Lire dans l’article' }).click();

    await expect.poll(() => page.url()).toBe(siteUrl(`${article.path}#${event.passageId}`));
    await expect.poll(() => isInView(page, event.passageId!)).toBe(true);
    const mark = page.locator(`main mark[id="${event.passageId}"]`);
    expect(plain(await mark.textContent() ?? '')).toBe('Le 10 mars 2023, près de la moitié des lignes ont été fermées.');
    expect(plain(await mark.locator('xpath=ancestor::p').textContent() ?? '')).toContain('La métropole a ouvert des parkings relais gratuits.');

    await page.getByRole('main').getByRole('link', { name: 'vendredi 10 mars 2023, dans la chronologie' }).click();
    await expect.poll(() => page.url()).toBe(siteUrl(`${article.path}#${event.id}`));
    await expect.poll(() => isInView(page, event.id)).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
