// axe-core finds no WCAG 2.2 AA violation and no best-practice issue on any kind of page, on a desktop screen and on
// a phone, in every theme, with the timeline open and closed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ARTICLE_PATHS, DESKTOP, PHONE, hydrationOf, useBrowser } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const { openPage } = useBrowser();

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** The violations axe finds, one line each with the elements at fault, so that a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not restrict (a <script> tag would be refused).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const audit = await page.evaluate(async (tags) => {
    const results = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passed: results.passes.length,
      violations: results.violations.map((violation) => ({
        rule: `${violation.id} (${violation.impact}): ${violation.help}`,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
      })),
    };
  }, TAGS);
  // A run that checked nothing (axe missing, or the page blank) must not pass for a clean one.
  expect(audit.passed, 'rules axe found satisfied').toBeGreaterThan(20);
  return audit.violations.flatMap(({ rule, nodes }) => [rule, ...nodes.map((node) => `    ${node}`)]);
}

describe.each([
  ['1280 px wide', DESKTOP],
  ['390 px wide', PHONE],
] satisfies [string, BrowserContextOptions][])('at %s', (_width, context) => {
  it.each([
    ['an article page', ARTICLE_PATHS.featured],
    ['an article with the timeline the parser proposes, its sentences marked', ARTICLE_PATHS.proposedTimeline],
  ])('%s has no violation with the timeline open, nor closed', async (_name, path) => {
    const { page } = await openPage(path, { context });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    const toggle = page.getByRole('complementary', { name: 'Chronologie' }).getByRole('button', { name: 'Chronologie', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page), 'timeline open').toEqual([]);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page), 'timeline closed').toEqual([]);
  });

  // Every theme on every kind of page, with the "Aa" menu open (its own colours and states): light, sepia and dark
  // set by the reader, and the automatic theme in a system set to light and in one set to dark.
  const THEMES = [
    ['light', 'light', null],
    ['sepia', 'sepia', null],
    ['dark', 'dark', null],
    ['automatic, in a light system', 'auto', 'light'],
    ['automatic, in a dark system', 'auto', 'dark'],
  ] as const;
  it.each([
    ['the front page', '/', 200],
    ['an article page', ARTICLE_PATHS.featured, 200],
    ['the archive', '/articles/', 200],
    ['the search page, with results', '/recherche/?q=lecteurs', 200],
    ['the not-found page', '/adresse-inconnue/', 404],
  ])('%s has no violation in any theme, with the "Aa" menu open', async (_name, path, status) => {
    const { page } = await openPage(path, { context, status });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    // The search page is checked with its results on screen (they come from the search index, after the page).
    if (path.includes('?q=')) await expect.poll(() => page.getByRole('main').getByRole('listitem').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const aa = page.getByRole('button', { name: 'Réglages de lecture' });
    await expect.poll(async () => {
      if ((await aa.getAttribute('aria-expanded')) === 'false') await aa.click();
      return aa.getAttribute('aria-expanded');
    }).toBe('true');
    const found: Record<string, string[]> = {};
    try {
      for (const [name, theme, system] of THEMES) {
        await page.emulateMedia({ colorScheme: system });
        await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
        found[name] = await axeViolations(page);
      }
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
    expect(found).toEqual(Object.fromEntries(THEMES.map(([name]) => [name, []])));
  });

  it.each([
    ['the article with no edition.json', ARTICLE_PATHS.withoutEdition, 200],
    ['the hostile article', ARTICLE_PATHS.hostile, 200],
    ['the not-found page', '/adresse-inconnue/', 404],
    ['the front page', '/', 200],
    ['the archive', '/articles/', 200],
    ['the search page', '/recherche/?q=lecteurs', 200],
  ])('%s has no violation', async (_name, path, status) => {
    const { page } = await openPage(path, { context, status });
    await expect.poll(() => hydrationOf(page)).toMatchObject({ hydrated: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
