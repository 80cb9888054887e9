// An article folder with only its article.txt (tests/e2e/articles/mediatheque-part-dieu-reouverture/) builds into a
// page that reads well: its text, its intertitle as a section listed in the contents, its photo caption once with its
// credit, its "À lire aussi" box, its quote and speaker, and the timeline the parser proposes.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATHS, NO_PROBLEMS, hydrationOf, readArticle, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const CAPTION = 'Des lecteurs découvrent la nouvelle salle de lecture de la médiathèque de la Part-Dieu, à Lyon, le 12 mars 2022.';

describe('an article with no edition.json', () => {
  it('shows its title, every paragraph, its intertitle in the contents, its caption once, the "À lire aussi" box and its quote with the speaker', async () => {
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
    expect(await figures.textContent()).toBe(`Photo${CAPTION}Crédit\u00a0: Jean Martin/AFP`);
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
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(['Anne Dupuis']);

    // The text's intertitle is a section of its own: an h2 with its id, listed in the contents, without an edition.
    const intertitle = main.getByRole('heading', { level: 2, name: 'Une maison ouverte à tous' });
    const sectionId = await intertitle.getAttribute('id');
    expect(sectionId).toMatch(/^partie-une-maison-ouverte-a-tous-/);
    const contents = page.getByRole('navigation', { name: 'Sommaire' });
    expect(await contents.getByRole('link', { name: 'Une maison ouverte à tous' }).getAttribute('href')).toBe(`${ARTICLE_PATHS.withoutEdition}#${sectionId ?? ''}`);
    // The timeline is the one dated statement the parser proposes (the caption's date, which makes the Saturday the
    // 12th of March 2022, dates the article but makes no event).
    const timeline = page.getByRole('complementary', { name: 'Chronologie' });
    expect(await timeline.locator('ol > li time').allTextContents()).toEqual(['samedi 12 mars 2022, matin']);
    expect(article.events.map((event) => event.title)).toEqual([expect.stringMatching(/^La médiathèque de la Part-Dieu, à Lyon, a rouvert ses portes samedi matin/)]);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
