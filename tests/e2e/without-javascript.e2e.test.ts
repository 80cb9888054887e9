// With JavaScript off (or before it arrives), the prerendered page is the whole article: title, text, captions, quotes,
// its panels open, and no control that needs a script nor one that says a shown panel is closed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_PATHS, DESKTOP, NO_PROBLEMS, PHONE, hydrationOf, readArticle, useBrowser } from './browser.ts';

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

/** Every control a reader can see: what it is, whether it works without a script, and what it says of its panel. */
async function visibleControls(page: Page) {
  return page.locator('button, [role="button"], summary, input, select, textarea, [aria-expanded]').evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const expanded = element.getAttribute('aria-expanded');
        const panel = element.getAttribute('aria-controls');
        return {
          control: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
          // A button works with no script only when it submits a form; a field only inside one.
          worksWithoutScript: element instanceof HTMLButtonElement ? element.type === 'submit' && element.form !== null : element.closest('form') !== null,
          expanded,
          panelShown: panel === null ? null : (document.getElementById(panel)?.checkVisibility() ?? false),
        };
      }),
  );
}

const PAGES_A_READER_MEETS = [
  ['the front page', '/', 200],
  ['an article', ARTICLE_PATHS.featured],
  ['an article with the timeline the parser proposes', ARTICLE_PATHS.proposedTimeline],
  ['the archive', '/articles/'],
  ['the search page', '/recherche/?q=lecteurs'],
  ['the not-found page', '/adresse-inconnue/', 404],
] as const;

describe.each([
  ['390 px wide', { ...PHONE, javaScriptEnabled: false }],
  ['1280 px wide', NO_SCRIPT],
])('at %s, with JavaScript off', (_width, context) => {
  it.each(PAGES_A_READER_MEETS)('%s shows only controls that work, and none says a panel is closed that is shown', async (_name, path, status = 200) => {
    const { page, problems } = await openPage(path, { context, status });
    const controls = await visibleControls(page);
    // The panels a script would fold are open, and their titles are titles, not buttons that do nothing.
    expect(controls.filter((control) => !control.worksWithoutScript)).toEqual([]);
    for (const control of controls) if (control.expanded !== null) expect(control.panelShown, control.control).toBe(control.expanded === 'true');
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe.each([
  ['390 px wide', PHONE],
  ['1280 px wide', DESKTOP],
])('at %s, once the app runs', (_width, context) => {
  it.each([
    ['an article', ARTICLE_PATHS.featured],
    ['an article with the timeline the parser proposes', ARTICLE_PATHS.proposedTimeline],
  ])('%s turns each panel title into a button that says what is shown, and opens it', async (_name, path) => {
    const { page, problems } = await openPage(path, { context });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    // Hydration runs as a transition: the titles become buttons in its last commits, so wait for them to be there.
    const disclosuresOf = async () => (await visibleControls(page)).filter((control) => control.expanded !== null);
    await expect.poll(async () => (await disclosuresOf()).length).toBeGreaterThan(2);
    const disclosures = await disclosuresOf();
    for (const control of disclosures) expect(control.panelShown, control.control).toBe(control.expanded === 'true');
    // The first folded one opens, and says so.
    const panelId = await page.locator('h2 > button[aria-expanded="false"], h3 > button[aria-expanded="false"]').filter({ visible: true }).first().getAttribute('aria-controls');
    const folded = page.locator(`button[aria-controls="${panelId}"]`);
    const panel = page.locator(`[id="${panelId}"]`);
    expect(await panel.isVisible()).toBe(false);
    await folded.click();
    await expect.poll(() => folded.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});
