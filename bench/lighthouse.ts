// `npm run bench:lighthouse`: how fast Liseuse reaches a reader, against the floor (the same text as a bare HTML page).
// Lighthouse lives in this folder's own package (installed on demand): the app's `npm ci` does not bring it.
// It prints figures; it never passes or fails on time. The build's own speed is scripts/bench-build.ts.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { ArticlePage } from '../src/content/article-page.ts';
import { buildSite } from '../scripts/build/build-site.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { pageAssets } from '../scripts/page-assets.ts';
import { escapeAttribute, escapeText } from '../scripts/build/page-head.ts';
import { readPageDataElement } from '../src/app/page-data-element.ts';

const projectDir = resolve(import.meta.dirname, '..');
const distDir = join(projectDir, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Lighthouse's simulated figures still vary from run to run; the median of a few runs is what we print. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

async function main() {
  console.log(`Liseuse benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Lighthouse mobile preset (simulated throttling), median of ${RUNS} runs\n`);

  const started = performance.now();
  await buildSite({ projectDir, articlesDir: join(projectDir, 'src/content/articles'), outDir: distDir, siteUrl: 'http://localhost:4173' });
  console.log(`Build of the site (${countArticles(join(projectDir, 'src/content/articles'))} article): ${seconds(started)} s`);

  const shipped = pageAssets(distDir);
  console.log(`Home page: HTML ${kb(shipped.html)} gzip, JavaScript ${kb(shipped.javascript)} gzip (${shipped.scripts.join(', ')}) then ${kb(shipped.laterJavascript)} later (${shipped.laterScripts.join(', ')}), CSS ${kb(shipped.css)} gzip (inline)\n`);

  const floorDir = mkdtempSync(join(tmpdir(), 'liseuse-floor-'));
  writeFileSync(join(floorDir, 'index.html'), floorPage(readPageData(join(distDir, 'index.html'))));
  cpSync(join(distDir, 'favicon.svg'), join(floorDir, 'favicon.svg'));

  const usualDir = usualPrerenderedSite();

  const app = await serveStatic(distDir, 0, '127.0.0.1');
  const usual = await serveStatic(usualDir, 0, '127.0.0.1');
  const floor = await serveStatic(floorDir, 0, '127.0.0.1');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const appFigures = await measure(`${origin(app)}/`, chrome.port);
    const usualFigures = await measure(`${origin(usual)}/`, chrome.port);
    const floorFigures = await measure(`${origin(floor)}/`, chrome.port);
    printComparison(appFigures, usualFigures, floorFigures);
  } finally {
    await chrome.kill();
    for (const server of [app, usual, floor]) server.close();
    for (const dir of [floorDir, usualDir]) rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(url: string, port: number): Promise<Figures> {
  const runs: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    runs.push({
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      seo: score(categories.seo?.score),
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      bytes: audits['total-byte-weight']?.numericValue ?? NaN,
    });
  }
  const median = (pick: (f: Figures) => number) => {
    const values = runs.map(pick).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)]!;
  };
  return {
    performance: median((f) => f.performance),
    accessibility: median((f) => f.accessibility),
    bestPractices: median((f) => f.bestPractices),
    seo: median((f) => f.seo),
    lcp: median((f) => f.lcp),
    fcp: median((f) => f.fcp),
    tbt: median((f) => f.tbt),
    cls: median((f) => f.cls),
    bytes: median((f) => f.bytes),
  };
}

function printComparison(app: Figures, usual: Figures, floor: Figures) {
  const rows: [string, (f: Figures) => string, ((a: Figures, b: Figures) => string) | null][] = [
    ['Performance', (f) => String(f.performance), null],
    ['Accessibility', (f) => String(f.accessibility), null],
    ['Best practices', (f) => String(f.bestPractices), null],
    ['SEO', (f) => String(f.seo), null],
    ['LCP', (f) => `${Math.round(f.lcp)} ms`, (a, b) => `${(a.lcp / b.lcp).toFixed(2)}x`],
    ['FCP', (f) => `${Math.round(f.fcp)} ms`, (a, b) => `${(a.fcp / b.fcp).toFixed(2)}x`],
    ['TBT', (f) => `${Math.round(f.tbt)} ms`, null],
    ['CLS', (f) => f.cls.toFixed(3), null],
    ['Bytes', (f) => kb(f.bytes), (a, b) => `${(a.bytes / b.bytes).toFixed(2)}x`],
  ];
  console.log(`${'metric'.padEnd(16)}${'app'.padStart(12)}${'floor'.padStart(12)}${'app/floor'.padStart(12)}${'usual'.padStart(12)}${'usual/floor'.padStart(13)}`);
  for (const [name, format, ratio] of rows) {
    const line = [format(app).padStart(12), format(floor).padStart(12), (ratio ? ratio(app, floor) : '').padStart(12), format(usual).padStart(12), (ratio ? ratio(usual, floor) : '').padStart(13)];
    console.log(`${name.padEnd(16)}${line.join('')}`);
  }
  console.log('(usual: the same build served the way a prerendered Vite app usually is — stylesheet in its own file, entry script in the head)');
}

/** The article a built page shows; for the front page, its featured article (the floor is that article's bare page). */
function readPageData(file: string): ArticlePage {
  const data = readPageDataElement(readFileSync(file, 'utf8'));
  if (data?.kind === 'front-page') return readPageData(join(distDir, data.featured.path, 'index.html'));
  if (data?.kind !== 'article') throw new Error(`${file} has no article data`);
  return data.article;
}

/**
 * The app as a prerendered Vite and React page usually ships: the stylesheet as a file the page links to, and the
 * entry script in the head from the start. Measured beside the app to show what inlining and starting late buy.
 */
function usualPrerenderedSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-usual-'));
  cpSync(distDir, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const entry = /import\("([^"]+)"\)/.exec(html)?.[1] ?? '';
  writeFileSync(join(dir, 'assets/usual.css'), css);
  const usual = html
    .replace(/<style>[\s\S]*?<\/style>/, () => '<link rel="stylesheet" href="/assets/usual.css">')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/\s*<script>\(\(\)=>\{let started[^<]*<\/script>/, '')
    .replace('</head>', () => `<script type="module" crossorigin src="${entry}"></script></head>`);
  writeFileSync(join(dir, 'index.html'), usual);
  return dir;
}

/** The floor: the same words as a bare HTML page, no script, no stylesheet. Nothing can reach a reader sooner. */
function floorPage(page: ArticlePage): string {
  const body = page.sections
    .map((section) => {
      const heading = section.heading ? `<h2>${escapeText(section.heading.title)}</h2>` : '';
      const blocks = section.blocks.map((block) => {
        if (block.kind === 'paragraph') return `<p>${escapeText(block.runs.map((run) => run.text).join(''))}</p>`;
        if (block.kind === 'caption') return `<figure><figcaption>${escapeText(block.text)} ${escapeText(block.credit ?? '')}</figcaption></figure>`;
        if (block.kind === 'heading') return `<h2>${escapeText(block.text)}</h2>`;
        return `<p>À lire aussi : ${escapeText(block.title)}</p>`;
      });
      return heading + blocks.join('');
    })
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(page.title)}</title><meta name="description" content="${escapeAttribute(page.description)}"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head><body><main><h1>${escapeText(page.title)}</h1>${body}</main></body></html>`;
}

const countArticles = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const origin = (server: Server) => `http://localhost:${(server.address() as AddressInfo).port}`;

await main();
