// An article folder with only its article.txt (tests/e2e/articles/mediatheque-part-dieu-reouverture/) builds into a
// page that reads well: its text, its photo caption once with its credit, its "À lire aussi" box, its quote and speaker.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATHS, NO_PROBLEMS, hydrationOf, readArticle, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const CAPTION = 'Des lecteurs découvrent la nouvelle salle de lecture de la médiathèque de la Part-Dieu, à Lyon, le 12 mars 2022.';

describe('an article with no edition.json', () => {
  it('shows its title, every paragraph, its caption once, the "À lire aussi" box and its quote with the speaker', async () => {
    const article = await readArticle(ARTICLE_PATHS.withoutEdition);
    const { page, problems } = await openPage(ARTICLE_PATHS.withoutEdition);
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const main = page.getByRole('main');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('La médiathèque de la Part-Dieu rouvre après deux ans de travaux');
    const paragraphs = main.locator('p[id]');
    expect(await paragraphs.count()).toBe(5); // four paragraphs and one "PLUS :" teaser
    expect(await paragraphs.first().textContent()).toMatch(/^La médiathèque de la Part-Dieu, à Lyon, a rouvert ses portes/);
    expect(await paragraphs.last().textContent()).toMatch(/selon la direction de l’établissement\.$/);

    // The scrape doubles the caption; the reader sees it once, with its credit and without the "PHOTO :" label.
    const figures = main.getByRole('figure');
    expect(await figures.count()).toBe(1);
    expect(await figures.textContent()).toBe(`Photo${CAPTION}Crédit : Jean Martin/AFP`);
    expect(await main.getByText(CAPTION).count()).toBe(1);
    expect(await figures.getByText('Crédit : Jean Martin/AFP').isVisible()).toBe(true);

    const teaser = main.locator('p', { hasText: 'À lire aussi' });
    expect(await teaser.textContent()).toBe('À lire aussiLes bibliothèques de quartier ouvriront aussi le dimanche');
    expect(await teaser.isVisible()).toBe(true);

    const quote = 'Nous voulions une maison ouverte à tous, du matin jusqu’au soir';
    expect(await main.locator('q').textContent()).toBe(quote);
    const sidebar = page.getByRole('complementary', { name: 'Citations' });
    expect(await sidebar.getByRole('listitem').count()).toBe(1);
    expect(await sidebar.getByRole('blockquote').textContent()).toContain(quote);
    expect(await sidebar.getByText('Anne Dupuis', { exact: true }).isVisible()).toBe(true);
    expect(article.quotes.map((q) => q.speaker)).toEqual(['Anne Dupuis']);

    // No intertitle, so no table of contents. The timeline comes from the text alone (issue 7 §4): the reopening
    // "samedi matin", dated by the caption's 12 March 2022, a Saturday as the text says.
    expect(await page.getByRole('navigation', { name: 'Sommaire' }).count()).toBe(0);
    const times = page.getByRole('complementary', { name: 'Chronologie' }).locator('ol > li time');
    expect(await times.allTextContents()).toEqual(['samedi 12 mars 2022, matin']);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
