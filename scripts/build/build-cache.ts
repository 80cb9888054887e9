// What the build keeps between runs (in node_modules/.cache/liseuse-build): the app bundle by the hash of its inputs,
// and, per site (an articles folder and an output folder), each article's page data by the hash of its content and
// what the last build wrote and from what. Page data no article of its site uses any more is pruned.
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

/** Where the build keeps what it reuses between runs. */
function buildCacheDir(projectDir: string): string {
  return join(projectDir, 'node_modules/.cache/liseuse-build');
}

export function openBuildCache(projectDir: string): BuildCache {
  const dir = buildCacheDir(projectDir);
  mkdirSync(dir, { recursive: true });
  const hashOf = (roots: string[]) => hashFiles(projectDir, roots);
  return { dir, dataCodeHash: hashOf(DATA_CODE), bundleInputsHash: hashOf(BUNDLE_INPUTS), renderCodeHash: hashOf(RENDER_CODE) };
}

export function hash(...parts: (string | Uint8Array | null)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part ?? '\0null').update('\0');
  return digest.digest('hex').slice(0, 32);
}

/**
 * The hash of what a step depends on, fed piece by piece: each element of an array, each entry of an object, as JSON.
 * The front page's dependency (every summary, newest first) as one JSON string was 150 MB of heap at 100,000 articles.
 */
export function hashOfValue(...values: unknown[]): string {
  const digest = createHash('sha256');
  const feed = (value: unknown): void => {
    if (Array.isArray(value)) {
      digest.update('[');
      for (const item of value) digest.update(`${JSON.stringify(item) ?? 'null'},`);
      digest.update(']');
    } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      digest.update('{');
      for (const [key, entry] of Object.entries(value)) {
        if (entry === undefined) continue;
        digest.update(`${JSON.stringify(key)}:`);
        feed(entry);
        digest.update(',');
      }
      digest.update('}');
    } else digest.update(JSON.stringify(value) ?? 'undefined');
  };
  for (const value of values) {
    feed(value);
    digest.update('\0');
  }
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
  version: 6;
  dataCodeHash: string;
  bundleHash: string;
  /** What every page was rendered with besides its article (build-site.ts): the code, the bundle, the site's address. */
  renderKey: string;
  /** The articles whose edition claims to be the default (one, or none): kept so that no build reads every record to find it. */
  claimants: string[];
  /**
   * What steps read of every article, as order-free digests (`xorDigest`) of each article's address with its summary
   * hash, or with its content hash: a build that changed a few articles updates them from those alone.
   */
  digests: { summaries: string; texts: string };
  /** step name → the digest of everything a step may read, and the key of what it read when it last wrote. */
  steps: Record<string, { inputs: string; key: string }>;
}

/** The last build's record and the records of its articles, read one by one as asked (see LastRecords). */
export interface LastBuild extends BuildManifest {
  records: LastRecords;
  journalLines: number;
}

/** Where the build keeps what it knows of one site: its articles' page data and the record of its last build. */
export interface SiteCache {
  dir: string;
  articlesDir: string;
  outDir: string;
}

/** Says, in the site's folder, which articles folder it is for: a folder whose articles are gone is pruned whole. */
const SITE_FILE = 'site.json';

/** The folder of one site's cache: each articles folder built into each output folder is a site of its own. */
function siteCacheDir(buildCache: string, articlesDir: string, outDir: string): string {
  return join(buildCache, 'sites', hash(articlesDir, outDir));
}

/** The cache folder of a site built from `projectDir`, without hashing the build's code (for the benchmark's cleanup). */
export function projectSiteCacheDir(projectDir: string, articlesDir: string, outDir: string): string {
  return siteCacheDir(buildCacheDir(projectDir), articlesDir, outDir);
}

export function openSiteCache(cache: BuildCache, articlesDir: string, outDir: string): SiteCache {
  const dir = siteCacheDir(cache.dir, articlesDir, outDir);
  mkdirSync(join(dir, 'pages'), { recursive: true });
  if (!existsSync(join(dir, SITE_FILE))) writeFileAtomically(join(dir, SITE_FILE), JSON.stringify({ articlesDir, outDir }));
  return { dir, articlesDir, outDir };
}

/** A file the build keeps for one site between runs. */
export function siteCacheFile(site: SiteCache, part: 'records' | 'journal' | 'summaries' | 'search-base' | 'search-delta'): string {
  return join(site.dir, part === 'journal' ? 'records.journal' : `${part}.json`);
}

/**
 * The records on disk: a line with the build's own record, then one line an article in the order of their addresses,
 * each a JSON array; then a journal, one line for each later build that changed a few of them, so that fixing a typo
 * appends a line instead of writing 30 MB again. A build that changes many, or finds a long journal, writes a new base.
 * Reading 100,000 records as objects took a third of a second: they are kept as lines, and an article's line is
 * parsed only when the build asks for its record (`LastRecords`).
 */
type StoredRecord = [slug: string, signature: string, contentHash: string, summaryHash: string, claimsDefault: 0 | 1, listingHash: string, pageKey: string];
interface JournalLine extends Omit<BuildManifest, 'version'> {
  changed: StoredRecord[];
  removed: string[];
}
/** Past this many lines, or this many records in one build, the journal is folded into a new base. */
const JOURNAL_LINES = 200;
const JOURNAL_RECORDS = 1000;
const MANIFEST_VERSION = 6;

const stored = (slug: string, record: ArticleRecord): StoredRecord => [slug, record.signature, record.contentHash, record.summaryHash, record.claimsDefault ? 1 : 0, record.listingHash, record.pageKey];
const fromStored = ([, signature, contentHash, summaryHash, claimsDefault, listingHash, pageKey]: StoredRecord): ArticleRecord => ({ signature, contentHash, summaryHash, claimsDefault: claimsDefault === 1, listingHash, pageKey });

/**
 * The records of the last build's articles. A record asked twice is the same object (the build compares records by
 * identity to tell an unchanged article). Addresses are asked mostly in their order, as the folders are listed, so a
 * cursor walks the lines and a search is needed only when the order breaks.
 */
export class LastRecords {
  private readonly parsed = new Map<string, ArticleRecord>();
  private cursor = 0;
  /** How many articles the last build had. */
  readonly count: number;

  /** `lines` are the base's, in order of address; `journal` what later builds changed (null: removed). */
  constructor(
    private readonly lines: string[],
    private readonly journal: Map<string, ArticleRecord | null>,
  ) {
    let count = lines.length;
    for (const [slug, record] of journal) {
      const inBase = this.lineIndex(slug) !== -1;
      if (record && !inBase) count += 1;
      if (!record && inBase) count -= 1;
    }
    this.count = count;
    this.cursor = 0;
  }

  get(slug: string): ArticleRecord | undefined {
    if (this.journal.has(slug)) return this.journal.get(slug) ?? undefined;
    const known = this.parsed.get(slug);
    if (known) return known;
    const index = this.lineIndex(slug);
    if (index === -1) return undefined;
    const record = fromStored(JSON.parse(this.lines[index]!) as StoredRecord);
    this.parsed.set(slug, record);
    return record;
  }

  /**
   * Whether the article's files are as the last build saw them (same signature), without parsing its record; null
   * when the last build did not have it.
   */
  unchanged(slug: string, signature: string): boolean | null {
    if (this.journal.has(slug)) {
      const record = this.journal.get(slug);
      return record ? record.signature === signature : null;
    }
    const index = this.lineIndex(slug);
    if (index === -1) return null;
    return this.lines[index]!.startsWith(`${JSON.stringify([slug, signature]).slice(0, -1)},`);
  }

  /** Every address the last build had (reads every line: for a build that changes many articles). */
  slugs(): string[] {
    const slugs = this.lines.map(slugOfLine).filter((slug) => !this.journal.has(slug));
    for (const [slug, record] of this.journal) if (record) slugs.push(slug);
    return slugs;
  }

  private lineIndex(slug: string): number {
    const { lines } = this;
    // The next line, or the one after: the folders are listed in the order the lines were written.
    for (const index of [this.cursor, this.cursor + 1]) {
      if (index < lines.length && slugOfLine(lines[index]!) === slug) {
        this.cursor = index + 1;
        return index;
      }
    }
    const index = indexInOrder(lines.length, (at) => slugOfLine(lines[at]!), slug);
    if (index !== -1) this.cursor = index + 1;
    return index;
  }
}

/** Where `key` is among `count` keys in ascending order (`keyAt` gives each), or -1. */
export function indexInOrder(count: number, keyAt: (index: number) => string, key: string): number {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = keyAt(middle);
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A record line starts with its address: `["<slug>",…` (an address has no character JSON escapes). */
function slugOfLine(line: string): string {
  return line.slice(2, line.indexOf('"', 2));
}

/** The last build of this site, or null when there is none to trust (first build, or the output folder was emptied). */
export function readManifest(site: SiteCache): LastBuild | null {
  const file = siteCacheFile(site, 'records');
  if (!existsSync(file) || !existsSync(join(site.outDir, '404.html'))) return null;
  try {
    const [head = '', ...lines] = readFileSync(file, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    const base = JSON.parse(head) as BuildManifest;
    if (base.version !== MANIFEST_VERSION) return null;
    const journal = new Map<string, ArticleRecord | null>();
    const manifest: BuildManifest = { ...base };
    const journalFile = siteCacheFile(site, 'journal');
    const journalLines = existsSync(journalFile) ? readFileSync(journalFile, 'utf8').split('\n').filter(Boolean) : [];
    for (const line of journalLines) {
      const { changed, removed, ...rest } = JSON.parse(line) as JournalLine;
      Object.assign(manifest, rest);
      for (const record of changed) journal.set(record[0], fromStored(record));
      for (const slug of removed) journal.set(slug, null);
    }
    return { ...manifest, records: new LastRecords(lines, journal), journalLines: journalLines.length };
  } catch {
    return null;
  }
}

/**
 * An order-free digest of a set of strings, updated one string at a time: the XOR of their SHA-256 hashes. Adding or
 * removing one costs one hash, whatever the number of others (each string is an article's address with a hash, so
 * no two are alike and none cancels another).
 */
export function xorDigest(digest: string, ...parts: string[]): string {
  const bytes = Buffer.from(digest || EMPTY_DIGEST, 'hex');
  for (const part of parts) {
    const other = createHash('sha256').update(part).digest();
    for (let index = 0; index < bytes.length; index++) bytes[index]! ^= other[index]!;
  }
  return bytes.toString('hex');
}
const EMPTY_DIGEST = '0'.repeat(64);

/** What pages that list articles need of each, by slug: kept apart from the records, and read only by such a page. */
export interface ListedArticles {
  summaries: Record<string, ArticleSummary>;
  /** The title keys of its "PLUS :" teasers (site-listing.ts's titleKey): its page links those that name an article. */
  teasers: Record<string, string[]>;
}

/**
 * What lists need of each article, kept as one line an article (`[slug, summary, teasers]`): written a thousand lines
 * at a time, so that 100,000 summaries never make one 100 MB string, beside Pagefind's peak or after it.
 */
type ListedLine = [slug: string, summary: ArticleSummary, teasers: string[]];
const LINES_A_WRITE = 1000;

export function readListedArticles(site: SiteCache): ListedArticles {
  const listed: ListedArticles = { summaries: {}, teasers: {} };
  try {
    for (const line of readFileSync(siteCacheFile(site, 'summaries'), 'utf8').split('\n')) {
      if (!line) continue;
      const [slug, summary, teasers] = JSON.parse(line) as ListedLine;
      listed.summaries[slug] = summary;
      listed.teasers[slug] = teasers;
    }
  } catch {
    // None yet: a first build.
  }
  return listed;
}

function* mapLines<T>(items: Iterable<T>, line: (item: T) => string): Iterable<string> {
  for (const item of items) yield line(item);
}

/** Writes a file of lines through a temporary name, a thousand lines at a time: no string of the whole file is made. */
function writeLinesAtomically(file: string, content: Iterable<string>): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    let lines: string[] = [];
    for (const line of content) {
      lines.push(line);
      if (lines.length === LINES_A_WRITE) {
        writeSync(descriptor, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeSync(descriptor, `${lines.join('\n')}\n`);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}

/**
 * Writes the records, and what lists need of the articles when it changed (else null). `since` is what changed since
 * `previous` (null: no usable previous, a new base is written); `records` gives every article's record, in order of
 * address, when a base is written.
 */
export function writeManifest(
  site: SiteCache,
  manifest: BuildManifest,
  records: () => Iterable<[slug: string, record: ArticleRecord]>,
  listed: Iterable<ListedLine> | null,
  previous: LastBuild | null,
  since: { changed: [slug: string, record: ArticleRecord][]; removed: string[] },
): void {
  if (listed) writeLinesAtomically(siteCacheFile(site, 'summaries'), mapLines(listed, (article) => JSON.stringify(article)));
  const journal = siteCacheFile(site, 'journal');
  if (previous && previous.journalLines < JOURNAL_LINES && since.changed.length + since.removed.length <= JOURNAL_RECORDS) {
    const { version: _version, ...rest } = manifest;
    const line: JournalLine = { ...rest, changed: since.changed.map(([slug, record]) => stored(slug, record)), removed: since.removed };
    appendFileSync(journal, `${JSON.stringify(line)}\n`);
    return;
  }
  const lines = function* () {
    yield JSON.stringify(manifest);
    yield* mapLines(records(), ([slug, record]) => JSON.stringify(stored(slug, record)));
  };
  writeLinesAtomically(siteCacheFile(site, 'records'), lines());
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
