// `npm run build`: checks every article, builds the app with Vite, then runs the steps that write the site.
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatContentProblems, loadSiteContent } from './load-site-content.ts';
import { bundleApp } from './bundle-app.ts';
import { pageTemplate } from './page-template.ts';
import { articlePages, notFoundPage } from './article-pages.ts';
import { listingPages } from './listing-pages.ts';
import { searchIndex, searchPage } from './search-index.ts';
import { allowWebAssembly } from './security-policy.ts';
import { headersFile } from './headers-file.ts';
import { ARCHIVE_PAGE_SIZE, listSite } from '../../src/content/site-listing.ts';
import { SEARCH_PAGE_PATH } from '../../src/features/search/search-page-path.ts';
import { robotsTxt, sitemap } from './sitemap.ts';
import { writeOutput, type BuildOptions, type BuildStep } from './build-step.ts';
import { precompressSite } from './precompress.ts';
import { offlineReading } from './offline-reading.ts';

export type { BuildOptions } from './build-step.ts';

export interface BuildReport {
  pages: number;
  articles: number;
}

/** A problem in the content: its message names every file at fault, and is all a reader needs (no stack trace). */
export class BuildError extends Error {}

/** What the build writes, in order. A new output is one more step here, in its own module. */
const steps: BuildStep[] = [
  articlePages,
  listingPages,
  notFoundPage,
  searchPage,
  searchIndex,
  {
    name: 'the _headers file',
    run(site) {
      const policy = site.template.contentSecurityPolicy;
      writeOutput(site, '_headers', headersFile(policy, allowWebAssembly(policy), SEARCH_PAGE_PATH));
    },
  },
  {
    name: 'the sitemap and robots.txt',
    run(site) {
      writeOutput(site, 'sitemap.xml', sitemap(site.options.siteUrl, site.content.pages));
      writeOutput(site, 'robots.txt', robotsTxt(site.options.siteUrl));
    },
  },
  // Once the app's files are final: the worker's precache lists them with their revisions.
  offlineReading,
  // Last, once every file is final: each text file gets its .br and .gz twin, for the server and for hosts.
  { name: 'the compressed copies (.br, .gz)', run: (site) => void precompressSite(site.options.outDir) },
];

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  // Content first: a broken article should fail in a second with its file named, not after a full Vite build.
  const loaded = loadSiteContent(options.articlesDir, options.projectDir);
  if (!loaded.ok) throw new BuildError(formatContentProblems(loaded.problems));
  const content = loaded.content;

  const bundle = await bundleApp(options.projectDir, options.outDir);
  try {
    const listing = listSite(content.pages, content.defaultSlug);
    const site = { options, content, listing, renderer: bundle.renderer, template: pageTemplate(options.outDir) };
    for (const step of steps) {
      try {
        await step.run(site);
      } catch (error) {
        throw new Error(`writing ${step.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  } finally {
    bundle.dispose();
  }
  // The articles, the front page, the archive's pages, the search page and the not-found page.
  const archivePageCount = Math.max(1, Math.ceil(content.pages.length / ARCHIVE_PAGE_SIZE));
  return { pages: content.pages.length + 1 + archivePageCount + 2, articles: content.pages.length };
}

async function main() {
  const projectDir = resolve(import.meta.dirname, '../..');
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
