// What every browser test shares: Debian's Chromium, the two screens we read on, the built site's address, and
// pages that keep a record of everything that went wrong in them (console errors, crashes, failed requests, CSP).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ArticlePage, TimelineEvent } from '../../src/content/article-page.ts';
import { dataFilePath, type PageData } from '../../src/content/page-data.ts';

/** Debian's package; a test tool may not download its own browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The default article (featured on the front page), and the articles the suite adds (tests/e2e/articles/). */
export const ARTICLE_PATHS = {
  featured: '/articles/biden-irak-fin-mission-combat/',
  /** Dated by its edition.json, newer than the featured article; its "PLUS :" teaser names the one without edition. */
  libraries: '/articles/bibliotheques-quartier-dimanche/',
  withoutEdition: '/articles/mediatheque-part-dieu-reouverture/',
  hostile: '/articles/balises-dans-le-texte/',
  /** No edition.json, and dated statements: its timeline is the one the parser proposes. */
  proposedTimeline: '/articles/greve-tram-lyon/',
} as const;

declare global {
  interface Window {
    /** Filled by the script every test page starts with (see `recordInPage`). */
    __e2e?: { cspViolations: string[]; marked: string[]; prerenderedRoot: Element | null };
    /** What the hostile article would set if any of its text ran as code. */
    __pwned?: unknown;
  }
}

export function siteUrl(path = '/'): string {
  return new URL(path, inject('baseUrl')).href;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/** The data a built page hydrates from: its data file, as served. */
export async function readPageData(path: string): Promise<PageData> {
  const response = await fetch(siteUrl(dataFilePath(path)));
  if (!response.ok) throw new Error(`${path}: its data file answers ${response.status}`);
  return (await response.json()) as PageData;
}

export async function readArticle(path: string): Promise<ArticlePage> {
  const data = await readPageData(path);
  if (data.kind !== 'article') throw new Error(`${path}: not an article page (its data is a ${data.kind} page's)`);
  return data.article;
}

/** Display spacing (narrow no-break spaces around French punctuation) compared as plain spaces. */
export function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

/** The accessible name of an event's button in the timeline: its date, then its title (and not its copy-link button). */
export function eventButtonName(event: Pick<TimelineEvent, 'dateLabel' | 'title'>): RegExp {
  return new RegExp(`^${escapeRegExp(event.dateLabel)}\\s*${escapeRegExp(event.title)}$`);
}

/** Whether the top of the element with this id is on screen: where a followed link must have brought it. */
export function isInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((targetId) => {
    const top = document.getElementById(targetId)?.getBoundingClientRect().top ?? -1;
    return top >= 0 && top < window.innerHeight;
  }, id);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
  dialogs: string[];
}

export const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], dialogs: [] };

export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Everything that went wrong in the page so far; compare with NO_PROBLEMS to see them all in a failure. */
  problems(): Promise<PageProblems>;
}

export interface OpenPageOptions {
  /** The screen and settings of the browser context; contexts (and their tab) with equal options are shared within a file. */
  context?: BrowserContextOptions;
  /** The HTTP status the page should answer with; any other counts as a failed request. */
  status?: number;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/**
 * One Chromium for the test file, launched before its first test and closed after its last one. Contexts are made
 * once per set of options, and each keeps one tab that every `openPage` reuses: a new tab costs more than a page load.
 * `openPage` goes through about:blank first, so that every visit is a fresh document (a cold load, even of a #link).
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts = new Map<string, Promise<BrowserContext>>();
  const tabs = new Map<string, Promise<Tab>>();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  function context(options: BrowserContextOptions = DESKTOP): Promise<BrowserContext> {
    const key = JSON.stringify(options);
    let made = contexts.get(key);
    if (!made) {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call openPage inside a test)');
      made = browser.newContext(options);
      contexts.set(key, made);
    }
    return made;
  }

  function tab(options: BrowserContextOptions): Promise<Tab> {
    const key = JSON.stringify(options);
    let made = tabs.get(key);
    if (!made) {
      made = context(options).then(async (browserContext) => openTab(await browserContext.newPage(), options.javaScriptEnabled !== false));
      tabs.set(key, made);
    }
    return made;
  }

  async function openPage(path: string, { context: contextOptions = DESKTOP, status = 200, waitUntil = 'load' }: OpenPageOptions = {}): Promise<OpenedPage> {
    const { page, visit } = await tab(contextOptions);
    await page.goto('about:blank');
    const problems = visit({ url: siteUrl(path).replace(/#.*/, ''), status });
    const response = await page.goto(siteUrl(path), { waitUntil });
    return { page, response, problems };
  }

  return { context, openPage };
}

interface Tab {
  page: Page;
  /** Starts recording the problems of a new visit, and returns how to read them. */
  visit(expected: { url: string; status: number }): () => Promise<PageProblems>;
}

async function openTab(page: Page, scripted: boolean): Promise<Tab> {
  let expected = { url: '', status: 200 };
  let problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the expected 404 of the not-found page itself as an error; its status is checked below.
    if (expected.status !== 200 && message.location().url === expected.url && message.text().startsWith('Failed to load resource')) return;
    problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    const isThePage = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
    if (isThePage ? response.status() !== expected.status : response.status() >= 400) {
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (scripted) await page.addInitScript(recordInPage);

  return {
    page,
    visit(next) {
      expected = next;
      const mine: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], dialogs: [] };
      problems = mine;
      return async () => ({
        ...mine,
        cspViolations: scripted && page.url() !== 'about:blank' ? await page.evaluate(() => window.__e2e?.cspViolations ?? []) : [],
      });
    },
  };
}

/**
 * Runs in every page before its own scripts (injected by the browser, so the page's CSP does not apply to it).
 * Records CSP violations, which elements were marked as a link's target (the mark fades after a few seconds, so
 * a test checks the record rather than race the fade), and the prerendered root, to tell hydration from a re-render.
 */
function recordInPage(): void {
  const record = { cspViolations: [] as string[], marked: [] as string[], prerenderedRoot: null as Element | null };
  window.__e2e = record;
  document.addEventListener('securitypolicyviolation', (event) => {
    record.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const element = mutation.target as Element;
      if (element.classList?.contains('is-link-target') && !record.marked.includes(element.id)) record.marked.push(element.id);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  // "interactive" comes when the HTML is parsed, before module scripts run: the DOM is still the prerendered one.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') record.prerenderedRoot = document.getElementById('root')?.firstElementChild ?? null;
  });
}

/**
 * Whether React has taken over the prerendered page (its nodes carry React's fiber), and whether it kept the
 * prerendered nodes: a hydration mismatch makes React throw them away and render the page again from scratch.
 */
export async function hydrationOf(page: Page): Promise<{ hydrated: boolean; keptPrerenderedDom: boolean }> {
  return page.evaluate(() => {
    const root = document.getElementById('root')?.firstElementChild ?? null;
    return {
      hydrated: root !== null && Object.keys(root).some((key) => key.startsWith('__reactFiber$')),
      keptPrerenderedDom: root !== null && root === window.__e2e?.prerenderedRoot,
    };
  });
}
