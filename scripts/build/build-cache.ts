// What the build keeps between runs (in node_modules/.cache/liseuse-build): the app bundle by the hash of its inputs,
// and, per site (an articles folder and an output folder), each article's page data by the hash of its content and
// what the last build wrote and from what. Page data no article of its site uses any more is pruned.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleSummary } from './article-summary.ts';

export interface BuildCache {
  dir: string;
  /** Hash of the code that turns an article's files into its page data (parser, content, checks). */
  dataCodeHash: string;
  /** Hash of everything Vite builds from, and of the template made from its output. */
  bundleInputsHash: string;
  /** Hash of the build's own code. A page also depends on the bundle's output (see AppBundle.outputHash). */
  renderCodeHash: string;
}

/**
 * Where each hash reads from. Articles are content, not code: they are hashed one by one. The lockfile counts for the
 * bundle (Vite's output depends on every package it bundles), but a page depends on what Vite wrote, not on why:
 * a new dev tool in the lockfile re-runs Vite, and rewrites no page if the bundle comes out the same.
 */
const DATA_CODE = ['src/parser', 'src/content', 'src/lib', 'scripts/read-article-file.ts', 'scripts/build/article-sources.ts', 'scripts/build/check-article.ts', 'node_modules/zod/package.json'];
const BUNDLE_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.base.json', 'package-lock.json', 'scripts/build/dev-document-plugin.ts', 'scripts/build/bundle-app.ts', 'scripts/build/page-template.ts', 'scripts/build/inline-stylesheet.ts', 'scripts/build/first-paint-starter.ts', 'scripts/build/security-policy.ts', 'scripts/build/precompress.ts', 'scripts/build/later-script-name.ts'];
const RENDER_CODE = ['scripts/build', 'scripts/read-article-file.ts'];
const NOT_CODE = /^src\/content\/articles\//;

export function openBuildCache(projectDir: string): BuildCache {
  const dir = join(projectDir, 'node_modules/.cache/liseuse-build');
  mkdirSync(dir, { recursive: true });
  const hashOf = (roots: string[]) => hashFiles(projectDir, roots);
  return { dir, dataCodeHash: hashOf(DATA_CODE), bundleInputsHash: hashOf(BUNDLE_INPUTS), renderCodeHash: hashOf(RENDER_CODE) };
}

export function hash(...parts: (string | Uint8Array | null)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part ?? '\0null').update('\0');
  return digest.digest('hex').slice(0, 32);
}

export function hashFiles(projectDir: string, roots: string[]): string {
  const files = roots
    .flatMap((root) => {
      const path = join(projectDir, root);
      if (!existsSync(path)) return [];
      try {
        return readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(projectDir, join(entry.parentPath, entry.name)));
      } catch {
        return [root]; // a file, not a folder
      }
    })
    .filter((file) => !NOT_CODE.test(file))
    .sort();
  const digest = createHash('sha256');
  for (const file of new Set(files)) digest.update(file).update('\0').update(readFileSync(join(projectDir, file))).update('\0');
  return digest.digest('hex').slice(0, 32);
}

/** Where an article's page data is kept in its site's folder: by content hash, in 256 folders so that none holds 100,000 files. */
export function pageDataFile(siteDir: string, contentHash: string): string {
  return join(siteDir, 'pages', contentHash.slice(0, 2), `${contentHash}.json`);
}

/** Writes through a temporary name and a rename: two builds at once never read half a file. */
export function writeFileAtomically(file: string, contents: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** What the last build knew of one article: enough to tell whether it changed, without its summary. */
export interface ArticleRecord {
  signature: string;
  contentHash: string;
  /** The hash of its summary and its teasers: what lists show of it, and whose pages it links to. */
  summaryHash: string;
  claimsDefault: boolean;
  /** The hash of what its page shows of other articles (what to read next, the teasers' addresses). */
  listingHash: string;
  /** The key its page was last written with. */
  pageKey: string;
}

/**
 * What one site's last build wrote, and from what: the next build compares against it to do only what changed. The
 * summaries are kept in a file of their own, read only when a page that lists articles may have to change: at
 * 100,000 articles they are 50 MB, which a rebuild after a typo should neither read nor write.
 */
export interface BuildManifest {
  version: 5;
  dataCodeHash: string;
  bundleHash: string;
  /** What every page was rendered with besides its article (build-site.ts): the code, the bundle, the site's address. */
  renderKey: string;
  articles: Record<string, ArticleRecord>;
  /** step name → the digest of everything a step may read, and the key of what it read when it last wrote. */
  steps: Record<string, { inputs: string; key: string }>;
}

/** Where the build keeps what it knows of one site: its articles' page data and the record of its last build. */
export interface SiteCache {
  dir: string;
  articlesDir: string;
  outDir: string;
}

/** Says, in the site's folder, which articles folder it is for: a folder whose articles are gone is pruned whole. */
const SITE_FILE = 'site.json';

export function openSiteCache(cache: BuildCache, articlesDir: string, outDir: string): SiteCache {
  const dir = join(cache.dir, 'sites', hash(articlesDir, outDir));
  mkdirSync(join(dir, 'pages'), { recursive: true });
  if (!existsSync(join(dir, SITE_FILE))) writeFileAtomically(join(dir, SITE_FILE), JSON.stringify({ articlesDir, outDir }));
  return { dir, articlesDir, outDir };
}

/** A file the build keeps for one site between runs. */
export function siteCacheFile(site: SiteCache, part: 'records' | 'journal' | 'summaries' | 'search-base'): string {
  return join(site.dir, part === 'journal' ? 'records.journal' : `${part}.json`);
}

/**
 * The records on disk: one array an article rather than an object (JSON.parse reads 100,000 of them in a third of
 * the time), in a base file, then one journal line for each later build that changed a few of them, so that fixing a
 * typo appends a line instead of writing 30 MB again. A build that changes many, or finds a long journal, writes a
 * new base.
 */
type StoredRecord = [slug: string, signature: string, contentHash: string, summaryHash: string, claimsDefault: 0 | 1, listingHash: string, pageKey: string];
interface StoredManifest extends Omit<BuildManifest, 'articles'> {
  articles: StoredRecord[];
}
interface JournalLine extends Omit<BuildManifest, 'articles' | 'version'> {
  changed: StoredRecord[];
  removed: string[];
}
/** Past this many lines, or this many records in one build, the journal is folded into a new base. */
const JOURNAL_LINES = 200;
const JOURNAL_RECORDS = 1000;

const stored = (slug: string, record: ArticleRecord): StoredRecord => [slug, record.signature, record.contentHash, record.summaryHash, record.claimsDefault ? 1 : 0, record.listingHash, record.pageKey];
const fromStored = ([, signature, contentHash, summaryHash, claimsDefault, listingHash, pageKey]: StoredRecord): ArticleRecord => ({ signature, contentHash, summaryHash, claimsDefault: claimsDefault === 1, listingHash, pageKey });

/** The last build of this site, or null when there is none to trust (first build, or the output folder was emptied). */
export function readManifest(site: SiteCache): BuildManifest | null {
  const file = siteCacheFile(site, 'records');
  if (!existsSync(file) || !existsSync(join(site.outDir, '404.html'))) return null;
  try {
    const base = JSON.parse(readFileSync(file, 'utf8')) as StoredManifest;
    if (base.version !== 5) return null;
    const manifest: BuildManifest & { journalLines: number } = { ...base, articles: {}, journalLines: 0 };
    for (const record of base.articles) manifest.articles[record[0]] = fromStored(record);
    const journal = siteCacheFile(site, 'journal');
    const lines = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean) : [];
    for (const line of lines) {
      const { changed, removed, ...rest } = JSON.parse(line) as JournalLine;
      Object.assign(manifest, rest);
      for (const record of changed) manifest.articles[record[0]] = fromStored(record);
      for (const slug of removed) delete manifest.articles[slug];
    }
    manifest.journalLines = lines.length;
    return manifest;
  } catch {
    return null;
  }
}

/** What pages that list articles need of each, by slug: kept apart from the records, and read only by such a page. */
export interface ListedArticles {
  summaries: Record<string, ArticleSummary>;
  /** The title keys of its "PLUS :" teasers (site-listing.ts's titleKey): its page links those that name an article. */
  teasers: Record<string, string[]>;
}

export function readListedArticles(site: SiteCache): ListedArticles {
  try {
    const listed = JSON.parse(readFileSync(siteCacheFile(site, 'summaries'), 'utf8')) as Partial<ListedArticles>;
    if (listed.summaries && listed.teasers) return listed as ListedArticles;
  } catch {
    // None yet: a first build.
  }
  return { summaries: {}, teasers: {} };
}

/**
 * Writes the records, and what lists need of the articles when it changed (else null). `since` is what changed since
 * `previous` (null: no usable previous, a new base is written).
 */
export function writeManifest(site: SiteCache, manifest: BuildManifest, listed: ListedArticles | null, previous: BuildManifest | null, since: { changed: string[]; removed: string[] }): void {
  if (listed) writeFileAtomically(siteCacheFile(site, 'summaries'), JSON.stringify(listed));
  const journal = siteCacheFile(site, 'journal');
  const journalLines = (previous as { journalLines?: number } | null)?.journalLines ?? Infinity;
  if (previous && journalLines < JOURNAL_LINES && since.changed.length + since.removed.length <= JOURNAL_RECORDS) {
    const { version: _version, articles, ...rest } = manifest;
    const line: JournalLine = { ...rest, changed: since.changed.map((slug) => stored(slug, articles[slug]!)), removed: since.removed };
    appendFileSync(journal, `${JSON.stringify(line)}\n`);
    return;
  }
  const base: StoredManifest = { ...manifest, articles: Object.entries(manifest.articles).map(([slug, record]) => stored(slug, record)) };
  writeFileAtomically(siteCacheFile(site, 'records'), JSON.stringify(base));
  rmSync(journal, { force: true });
}

/** What pruning removed: page data of articles changed or removed, and the folders of sites whose articles are gone. */
export interface Pruned {
  pageData: number;
  sites: number;
}

/**
 * Removes the page data this site's articles no longer use. After a build that knew the last one, that is the data of
 * the articles it saw change or go (`dropped`): no folder is listed. Without one (a first build, an emptied output
 * folder), every file of the site's folder is looked at. Then the folders of other sites whose articles folder is gone
 * (a test's temporary folder) go whole; a site whose articles are still there is left, being possibly mid-build.
 */
export function pruneCache(cache: BuildCache, site: SiteCache, inUse: ReadonlySet<string>, dropped: string[] | null): Pruned {
  let pageData = 0;
  const remove = (file: string) => {
    try {
      rmSync(file);
      pageData += 1;
    } catch {
      // Already gone (two builds of one site at once).
    }
  };
  if (dropped) {
    for (const contentHash of new Set(dropped)) if (!inUse.has(contentHash)) remove(pageDataFile(site.dir, contentHash));
  } else {
    for (const entry of readdirSync(join(site.dir, 'pages'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.json') && !inUse.has(entry.name.slice(0, -'.json'.length))) remove(join(entry.parentPath, entry.name));
    }
  }
  let sites = 0;
  const sitesDir = join(cache.dir, 'sites');
  for (const name of readdirSync(sitesDir)) {
    const dir = join(sitesDir, name);
    if (dir === site.dir) continue;
    let articlesDir: string | undefined;
    try {
      articlesDir = (JSON.parse(readFileSync(join(dir, SITE_FILE), 'utf8')) as { articlesDir?: string }).articlesDir;
    } catch {
      // A file of an older build's layout (sites/<hash>.records.json), or a folder being made: the layout check below.
    }
    const older = name.endsWith('.json');
    if (older || (articlesDir && !existsSync(articlesDir))) {
      rmSync(dir, { recursive: true, force: true });
      sites += older ? 0 : 1;
    }
  }
  // Page data of every site in one folder, as builds before this layout kept it.
  rmSync(join(cache.dir, 'pages'), { recursive: true, force: true });
  return { pageData, sites };
}
