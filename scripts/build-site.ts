// `npm run build`: checks every article, builds the app with Vite, and writes a real HTML page for every route.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { ArticlePage } from '../src/content/article-page.ts';
import { formatContentProblems, loadSiteContent } from './load-site-content.ts';
import { escapeText, pageHead } from './page-head.ts';
import { pageDataElement } from '../src/app/page-data-element.ts';

export interface BuildOptions {
  projectDir: string;
  articlesDir: string;
  outDir: string;
  siteUrl: string;
}

export interface BuildReport {
  pages: number;
  articles: number;
}

export class BuildError extends Error {}

export async function buildSite({ projectDir, articlesDir, outDir, siteUrl }: BuildOptions): Promise<BuildReport> {
  // Content first: a broken article should fail in a second with its file named, not after a full Vite build.
  const loaded = loadSiteContent(articlesDir, projectDir);
  if (!loaded.ok) throw new BuildError(formatContentProblems(loaded.problems));
  const { pages, defaultSlug } = loaded.content;

  // The server renderer is built inside the project so that it finds react-dom and react-router in node_modules,
  // wherever the pages themselves are written; one folder a build, so that builds can run side by side.
  mkdirSync(join(projectDir, 'node_modules/.cache'), { recursive: true });
  const serverDir = mkdtempSync(join(projectDir, 'node_modules/.cache/liseuse-ssr-'));
  // Readers get React's production build even when the caller (a test runner) runs with NODE_ENV=test: Vite picks
  // the JSX runtime from NODE_ENV, not from the mode, and a development runtime beside production React crashes.
  const callersNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const production = { root: projectDir, logLevel: 'warn', mode: 'production' } as const;
  try {
    await build({ ...production, build: { outDir, emptyOutDir: true } });
    await build({
      ...production,
      build: { ssr: join(projectDir, 'src/app/entry-server.tsx'), outDir: serverDir, emptyOutDir: true },
    });
    const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as typeof import('../src/app/entry-server.tsx');

    const styled = inlineStylesheet(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir);
    const template = startScriptAfterFirstPaint(styled.html);
    const contentSecurityPolicy = policyFor(styled.inlineStyles, template.inlineScripts);

    const write = async (urlPath: string, file: string, page: ArticlePage | null) => {
      const body = await server.renderPage(urlPath, page);
      // Replacer functions, not strings: article text may hold "$&" or "$'", which a replacement string would expand.
      const html = template.html
        .replace('<!--page-head-->', () => pageHead({ page, siteUrl, contentSecurityPolicy }))
        .replace('<!--page-body-->', () => body)
        .replace('<!--page-data-->', () => pageDataElement(page));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    };

    for (const page of pages) {
      await write(page.path, join(outDir, page.path, 'index.html'), page);
      if (page.slug === defaultSlug) await write('/', join(outDir, 'index.html'), page);
    }
    await write(server.NOT_FOUND_PATH, join(outDir, '404.html'), null);
    writeFileSync(join(outDir, '_headers'), headersFile(contentSecurityPolicy));
    writeFileSync(join(outDir, 'sitemap.xml'), sitemap(siteUrl, pages));
    writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`);
  } finally {
    if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersNodeEnv;
    rmSync(serverDir, { recursive: true, force: true });
  }
  return { pages: pages.length + 2, articles: pages.length };
}

/** The stylesheet goes inline: a separate file would hold back the first paint by a whole round trip on a phone. */
function inlineStylesheet(html: string, outDir: string): { html: string; inlineStyles: string[] } {
  const inlineStyles: string[] = [];
  const result = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const css = readFileSync(join(outDir, href), 'utf8').trim();
    inlineStyles.push(css);
    rmSync(join(outDir, href)); // no page links to it any more
    return `<style>${css}</style>`;
  });
  return { html: result, inlineStyles };
}

/**
 * The app's script is asked for only once the article is on screen. The page is readable without it, and a script
 * requested while the first paint is still coming competes with it for a phone's bandwidth and main thread
 * (Lighthouse then counts it on the path to the largest paint). "On screen" is the browser's own word for it, the
 * first-contentful-paint entry (the article's text all comes in that first frame; largest-contentful-paint would be
 * the same frame, but Chrome reports none for a page opened at a #link). Where paint timing is missing or the tab
 * opened in the background, two animation frames after "load", which only come once a frame has been drawn. A last
 * timer makes sure the app starts whatever happens. The starter is allowed by its hash in the Content-Security-Policy.
 */
function startScriptAfterFirstPaint(html: string): { html: string; inlineScripts: string[] } {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('the built index.html has no entry script');
  const starter = [
    '(()=>{let started=0;',
    `const start=()=>{if(!started){started=1;setTimeout(()=>import(${JSON.stringify(entry[1])}))}};`,
    'const observer=window.PerformanceObserver;',
    'if(document.visibilityState=="visible"&&observer&&(observer.supportedEntryTypes||[]).includes("paint"))',
    'new observer((list)=>{if(list.getEntriesByName("first-contentful-paint").length)start()}).observe({type:"paint",buffered:true});',
    'else addEventListener("load",()=>requestAnimationFrame(()=>requestAnimationFrame(start)));',
    'addEventListener("load",()=>setTimeout(start,3000))})()',
  ].join('');
  const result = html.replace(entry[0], '').replace('</body>', () => `  <script>${starter}</script>\n  </body>`);
  return { html: result, inlineScripts: [starter] };
}

/** Scripts only from the site itself and the inline starter (by hash); styles likewise; nothing else inline. */
function policyFor(inlineStyles: string[], inlineScripts: string[]): string {
  const hashes = (sources: string[]) => sources.map((source) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(inlineScripts)}`.trim(),
    `style-src 'self' ${hashes(inlineStyles)}`.trim(),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** For hosts that read a _headers file (Netlify, Cloudflare Pages): the same policy, plus what a meta element cannot say. */
function headersFile(contentSecurityPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Every article at its lasting address, so that search engines find the ones no page links to. */
function sitemap(siteUrl: string, pages: ArticlePage[]): string {
  const urls = pages.map((page) => {
    const modified = page.publishedAt ? `<lastmod>${escapeText(page.publishedAt)}</lastmod>` : '';
    return `  <url><loc>${escapeText(siteUrl + page.path)}</loc>${modified}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

async function main() {
  const projectDir = resolve(import.meta.dirname, '..');
  const started = performance.now();
  try {
    const report = await buildSite({
      projectDir,
      articlesDir: resolve(process.env.LISEUSE_ARTICLES_DIR ?? join(projectDir, 'src/content/articles')),
      outDir: resolve(process.env.LISEUSE_OUT_DIR ?? join(projectDir, 'dist')),
      siteUrl: (process.env.LISEUSE_SITE_URL ?? 'http://localhost:4173').replace(/\/$/, ''),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Built ${report.pages} pages for ${report.articles} article${report.articles === 1 ? '' : 's'} in ${seconds} s.`);
  } catch (error) {
    if (error instanceof BuildError) console.error(error.message);
    else console.error(`error: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
