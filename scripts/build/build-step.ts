// What every step of the build receives, and the shape of a step (scripts/build/build-site.ts lists them in order).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleSummary } from './article-summary.ts';
import type { ArticlePage } from '../../src/content/article-page.ts';
import type { AppBundle } from './bundle-app.ts';
import type { PageJob } from './build-worker.ts';
import type { SiteListing } from '../../src/content/site-listing.ts';
import { precompressWritten } from './precompress.ts';

export interface BuildOptions {
  projectDir: string;
  articlesDir: string;
  outDir: string;
  /** The site's public origin, with no trailing slash: "https://liseuse.example". */
  siteUrl: string;
  /**
   * Worker threads for parsing and rendering; 0 does everything in this thread. By default one a core
   * (LISEUSE_BUILD_WORKERS to change it), and none when fewer than 100 articles or pages are to be done.
   */
  workers?: number;
  /** Articles in each shard of the search index's base (scripts/build/search-index.ts); a test makes it small. */
  searchShardSize?: number;
}

/** An article as the steps see it: its summary, and the hash of its content (which names its page data). */
export interface ListedArticle {
  summary: ArticleSummary;
  contentHash: string;
}

/** An article as a step that reads texts sees it: its address and the hash of its content (which names its page data). */
export interface ArticleText {
  slug: string;
  contentHash: string;
}

/** The checked articles (summaries only: 100,000 of them fit in memory), the app bundle, and ways to write. */
export interface SiteBuild {
  options: BuildOptions;
  /** Every article, in order of address (reading it reads every summary). */
  articles: ListedArticle[];
  /** Every article, in order of address, without its summary (reading it reads every record). */
  texts: ArticleText[];
  /** An order-free digest of every article's address and content hash (see build-cache.ts, xorDigest). */
  textsDigest: string;
  /** The articles whose content changed or that were added since the last build, and those removed; null with no last build. */
  textChanges: { changed: ArticleText[]; removed: string[] } | null;
  /** Every article's summary, newest first, the featured one, and articles by title: what the listings need. */
  listing: SiteListing;
  bundle: AppBundle;
  /** Renders pages with the app (through the worker pool) and writes them, each with its data.json beside it. */
  renderPages(jobs: PageJob[]): Promise<void>;
  /** What every output depends on besides the articles: the build's code, the app bundle, the site's address. */
  codeKey: string;
  /** A file in the build's cache for this site, where a step keeps what it needs to know of its last run. */
  keptFile(name: 'search-base' | 'search-delta'): string;
  /** Aborted when the build fails: a step started beside the page workers stops at its next batch. */
  stopped: AbortSignal;
  /** An article's whole page, read from the build's cache (for the search index, which needs every text). */
  articlePage(article: ArticleText): ArticlePage;
}

/**
 * One output of the build. A step runs again only when what it depends on changes (or the code, the app bundle or the
 * site's address does); without `dependsOn`, on every build. A step that lists articles (the sitemap, a front page,
 * an archive, a search index) depends on what it shows of each, so that an edit elsewhere in an article leaves it be.
 */
export interface BuildStep {
  /** What the step writes, in a reader's words: "the sitemap and robots.txt". */
  name: string;
  /**
   * What of the articles `dependsOn` looks at: what lists show of them (`summaries`), their texts, or none of them.
   * While that is unchanged the step is reused without calling `dependsOn`: fixing a typo in one of 100,000 articles
   * then neither reads every summary nor rewrites the sitemap.
   */
  reads: 'summaries' | 'texts' | 'nothing of the articles';
  /**
   * Starts before the article pages are written and runs beside the page workers: for a step that reads only what the
   * checks cached of the articles, never a written page, and whose work is mostly in a process of its own (Pagefind,
   * on about one core): on two cores, the search index of 100,000 articles then costs no wall time of its own.
   */
  besidePages?: boolean;
  dependsOn?(site: SiteBuild): unknown;
  run(site: SiteBuild): void | Promise<void>;
}

/** Writes `contents` at `path` inside the output folder, creating the folders on the way, with its .br and .gz twins. */
/** Removes a file the build wrote, with its compressed copies. */
export function removeOutput(site: SiteBuild, path: string): void {
  const file = join(site.options.outDir, path);
  for (const copy of [file, `${file}.br`, `${file}.gz`]) rmSync(copy, { force: true });
}

export function writeOutput(site: SiteBuild, path: string, contents: string): void {
  const file = join(site.options.outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  const bytes = Buffer.from(contents);
  writeFileSync(file, bytes);
  precompressWritten(file, bytes);
}
