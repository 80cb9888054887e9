// Article text is text: markup, script, javascript: links and entities in an article (tests/e2e/articles/
// balises-dans-le-texte/), in its title, body, caption, teaser and quote, show as written and never run.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { ARTICLE_PATHS, NO_PROBLEMS, hydrationOf, plain, readArticle, useBrowser, type OpenedPage } from './browser.ts';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src=x onerror="window.__pwned=1">';
const LINK = 'javascript:alert(1)';

const { openPage } = useBrowser();
let article: ArticlePage;

beforeAll(async () => {
  article = await readArticle(ARTICLE_PATHS.hostile);
});

async function openHostileArticle(): Promise<OpenedPage> {
  const opened = await openPage(ARTICLE_PATHS.hostile);
  await expect.poll(() => hydrationOf(opened.page)).toEqual({ hydrated: true, keptPrerenderedDom: true });
  return opened;
}

/** Each script element of the page: its src, or its type for data, or its code for an inline script. */
const scriptsOf = (page: Page) =>
  page.locator('script').evaluateAll((elements) => elements.map((script) => script.getAttribute('src') ?? script.getAttribute('type') ?? script.textContent));

const textOf = async (page: Page, selector: string) => plain((await page.locator(selector).first().textContent()) ?? '');
const metaContent = async (page: Page, selector: string) => plain((await page.locator(selector).getAttribute('content')) ?? '');

describe('an article whose text holds markup and script', () => {
  it('runs none of it: no script, no image, no javascript: link, no dialog', async () => {
    const { page, problems } = await openHostileArticle();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('#root img, #root script, [onerror], a[href^="javascript" i]').count()).toBe(0);
    // The same scripts as any article page has, the ones the build writes; none made from the text.
    const hostileScripts = await scriptsOf(page);
    expect(await problems()).toEqual(NO_PROBLEMS);
    const { page: plainPage } = await openPage(ARTICLE_PATHS.withoutEdition);
    expect(hostileScripts).toEqual(await scriptsOf(plainPage));
  });

  it('shows it as written in the title, the tab title, the body, the caption, the teaser and the quotes', async () => {
    const { page } = await openHostileArticle();
    const title = await textOf(page, 'h1');
    for (const written of [SCRIPT, IMAGE, '</script>']) expect(title).toContain(written);
    expect(plain(await page.title())).toBe(`${title} — Liseuse`);

    const body = await textOf(page, 'main');
    for (const written of [SCRIPT, IMAGE, LINK, '</script>']) expect(body).toContain(written);
    // The build writes pages with String.replace: replacement patterns in the text must not be expanded.
    expect(body).toContain("Les motifs de remplacement $& $' $` et $$ restent eux aussi tels quels.");
    expect(await textOf(page, 'main figure')).toContain(`Une capture d’écran où l’on voit ${IMAGE} dans un navigateur.`);
    expect(await textOf(page, 'main p:has(strong)')).toContain(`Pourquoi </script>${SCRIPT} ne doit jamais s’exécuter`);

    const quote = await textOf(page, 'main q');
    expect(quote).toContain(`exécuter ${SCRIPT} ni suivre ${LINK}`);
    const sidebar = page.getByRole('complementary', { name: 'Citations' });
    expect(plain((await sidebar.getByRole('blockquote').textContent()) ?? '')).toContain(quote);
    expect(await sidebar.getByText('Claire Martin', { exact: true }).isVisible()).toBe(true);
  });

  it('keeps the head intact: the JSON-LD parses, and link previews quote the text as written', async () => {
    const { page } = await openHostileArticle();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { headline: string };
    expect(jsonLd.headline).toBe(plain(article.title));
    expect(jsonLd.headline).toContain(SCRIPT);
    expect(await metaContent(page, 'meta[property="og:title"]')).toBe(plain(article.title));
    expect(await metaContent(page, 'meta[name="twitter:title"]')).toBe(plain(article.title));
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      expect(await metaContent(page, selector)).toBe(`Un lecteur a envoyé ce message : ${SCRIPT}, que la page doit montrer tel quel, sans jamais l’exécuter.`);
    }
  });

  it('shows HTML entities as written (&amp;, &lt;b&gt;) in the title and the body', async () => {
    const { page } = await openHostileArticle();
    expect(await textOf(page, 'h1')).toContain('texte &amp; rien');
    expect(await textOf(page, 'main')).toContain('Les entités &amp; et &lt;b&gt; doivent rester écrites ainsi');
    expect(await textOf(page, 'main q')).toContain('du texte &amp; rien d’autre');
  });
});
