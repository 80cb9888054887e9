// Every kind of page loads cleanly: no console error, no crash, no failed request, no CSP violation, and React takes
// over the prerendered HTML as it is (a hydration mismatch would make it throw the page away and render it again).
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATHS, NO_PROBLEMS, hydrationOf, useBrowser } from './browser.ts';

const { openPage } = useBrowser();
const unknownPath = `/une-adresse-inconnue-${Math.random().toString(36).slice(2)}/`;

describe.each([
  ['the front page', '/'],
  ['the archive', '/articles/'],
  ['the search page', '/recherche/'],
  ['an article page', ARTICLE_PATHS.featured],
  ['the article with no edition.json', ARTICLE_PATHS.withoutEdition],
  ['the hostile article', ARTICLE_PATHS.hostile],
  ['the article with a proposed timeline and marked sentences', ARTICLE_PATHS.proposedTimeline],
])('%s', (_name, path) => {
  it('loads and hydrates with no error of any kind', async () => {
    const { page, response, problems } = await openPage(path);
    expect(response?.status()).toBe(200);
    await expect.poll(() => hydrationOf(page)).toEqual({ hydrated: true, keptPrerenderedDom: true });
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

describe.each([
  ['an unknown address', unknownPath],
  ['an unknown article', '/articles/article-inconnu/'],
])('%s', (_name, path) => {
  it('answers 404 with the French "Page introuvable" page, which hydrates with no error', async () => {
    const { page, response, problems } = await openPage(path, { status: 404 });
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
    expect(await page.title()).toMatch(/^Page introuvable/);
    expect(await page.getByRole('link', { name: 'Revenir à la une' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('region', { name: 'D’autres articles à lire' }).getByRole('link').count()).toBeGreaterThan(0);
    await expect.poll(() => hydrationOf(page)).toEqual({ hydrated: true, keptPrerenderedDom: true });
    expect(await problems()).toEqual(NO_PROBLEMS);
  });
});

it('an article opened at its index.html address keeps showing the article', async () => {
  const { page, problems } = await openPage('/articles/biden-irak-fin-mission-combat/index.html');
  await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
  expect(await hydrationOf(page)).toEqual({ hydrated: true, keptPrerenderedDom: true });
  expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Page introuvable');
  expect(await problems()).toEqual(NO_PROBLEMS);
});
