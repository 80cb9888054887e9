// What a build worker does (see worker-pool.ts): checks articles into the page-data cache, and renders pages from it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { readArticleBytes, type ArticleFolder, type ContentProblem } from './article-sources.ts';
import { checkArticle } from './check-article.ts';
import { hash, pageDataFile, writeFileAtomically } from './build-cache.ts';
import { summarize, type ArticleSummary } from './article-summary.ts';
import { dataFilePath, type PageData } from '../../src/content/page-data.ts';
import { linkTeasers, titleKey } from '../../src/content/site-listing.ts';
import type { PageRenderer } from './bundle-app.ts';
import { renderDocument } from './render-document.ts';
import { precompressWritten } from './precompress.ts';

export interface CheckTask {
  kind: 'check';
  projectDir: string;
  /** The site's folder in the build's cache (build-cache.ts, SiteCache). */
  cacheDir: string;
  dataCodeHash: string;
  folders: ArticleFolder[];
}

export type CheckResult =
  | { slug: string; ok: true; signature: string; contentHash: string; summary: ArticleSummary; claimsDefault: boolean; teasers: string[] }
  | { slug: string; ok: false; problems: ContentProblem[] };

/** One page to write: the route it renders, the file under the output folder, and its data. */
export interface PageJob {
  /** null for the not-found page, whose route only the app knows. */
  urlPath: string | null;
  file: string;
  /**
   * An article's page is made here from its cached page (by content hash), what to read next, and the addresses of
   * its teasers that name an article of the site (by title key); any other page's data comes whole.
   */
  data: { kind: 'article'; contentHash: string; moreToRead: ArticleSummary[]; teaserPaths: Record<string, string> } | { kind: 'given'; data: PageData };
  /** The page's policy, when it is not the template's (the search page allows WebAssembly). */
  contentSecurityPolicy?: string;
  /** Where its data.json goes (route loaders read it on client-side navigation); none for 404.html. */
  dataFile?: string;
}

export interface RenderTask {
  kind: 'render';
  cacheDir: string;
  outDir: string;
  siteUrl: string;
  serverEntry: string;
  template: string;
  contentSecurityPolicy: string;
  pages: PageJob[];
}

interface CachedPageData {
  page: ArticlePage;
  claimsDefault: boolean;
}

export default async function handle(task: CheckTask | RenderTask): Promise<CheckResult[] | number> {
  const ensureFolder = folderMaker();
  return task.kind === 'check' ? task.folders.map((folder) => checkFolder(task, folder, ensureFolder)) : renderPages(task, ensureFolder);
}

function checkFolder(task: CheckTask, folder: ArticleFolder, ensureFolder: (folder: string) => void): CheckResult {
  const show = (path: string) => relative(task.projectDir, path) || path;
  const read = readArticleBytes(folder, show);
  if (!read.ok) return { slug: folder.slug, ok: false, problems: read.problems };
  const contentHash = hash(task.dataCodeHash, folder.slug, read.bytes.text, read.bytes.edition);
  const file = pageDataFile(task.cacheDir, contentHash);
  let data: CachedPageData;
  if (existsSync(file)) data = JSON.parse(readFileSync(file, 'utf8')) as CachedPageData;
  else {
    const checked = checkArticle(folder, read.bytes, show);
    if (!checked.ok) return { slug: folder.slug, ok: false, problems: checked.problems };
    data = { page: checked.page, claimsDefault: checked.claimsDefault };
    ensureFolder(dirname(file));
    writeFileAtomically(file, JSON.stringify(data));
  }
  const teasers = data.page.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'related' ? [titleKey(block.title)] : [])));
  return { slug: folder.slug, ok: true, signature: folder.signature, contentHash, summary: summarize(data.page), claimsDefault: data.claimsDefault, teasers };
}

/**
 * Makes each folder once a task: asking the file system again for each of 100,000 pages is a measurable share of the
 * build. Not longer than a task, since a build in this thread may follow one that emptied the output folder.
 */
function folderMaker(): (folder: string) => void {
  const made = new Set<string>();
  return (folder) => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
}

const renderers = new Map<string, Promise<PageRenderer>>();

async function renderPages(task: RenderTask, ensureFolder: (folder: string) => void): Promise<number> {
  let renderer = renderers.get(task.serverEntry);
  if (!renderer) {
    renderer = import(pathToFileURL(task.serverEntry).href) as Promise<PageRenderer>;
    renderers.set(task.serverEntry, renderer);
  }
  const { renderPage, NOT_FOUND_PATH } = await renderer;
  for (const job of task.pages) {
    try {
      const data = pageData(task, job);
      const body = await renderPage(job.urlPath ?? NOT_FOUND_PATH, data);
      const html = renderDocument(task.template, { data, siteUrl: task.siteUrl, contentSecurityPolicy: job.contentSecurityPolicy ?? task.contentSecurityPolicy, body });
      write(task.outDir, job.file, html, ensureFolder);
      if (job.dataFile) write(task.outDir, job.dataFile, JSON.stringify(data), ensureFolder);
    } catch (error) {
      // Whatever fails (the renderer, the disk), the message says which page.
      throw new Error(`${job.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return task.pages.length;
}

function pageData(task: RenderTask, job: PageJob): PageData {
  if (job.data.kind === 'given') return job.data.data;
  const page = (JSON.parse(readFileSync(pageDataFile(task.cacheDir, job.data.contentHash), 'utf8')) as CachedPageData).page;
  const byTitle = new Map(Object.entries(job.data.teaserPaths));
  return { kind: 'article', article: { ...page, sections: linkTeasers(page, byTitle) }, moreToRead: job.data.moreToRead };
}

function write(outDir: string, path: string, contents: string, ensureFolder: (folder: string) => void): void {
  const file = join(outDir, path);
  ensureFolder(dirname(file));
  const bytes = Buffer.from(contents);
  writeFileSync(file, bytes);
  precompressWritten(file, bytes);
}

/** The data file of a page at `urlPath`, relative to the output folder. */
export function dataFileOf(urlPath: string): string {
  return dataFilePath(urlPath).slice(1);
}
