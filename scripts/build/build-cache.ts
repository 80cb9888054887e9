// What the build keeps between runs (in node_modules/.cache/liseuse-build): each article's page data by the hash of
// its content, the app bundle by the hash of its inputs, and, per site, what the last build wrote and from what.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  mkdirSync(join(dir, 'pages'), { recursive: true });
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

/** Where an article's page data is kept: by content hash, in 256 folders so that none holds 100,000 files. */
export function pageDataFile(cache: Pick<BuildCache, 'dir'>, contentHash: string): string {
  return join(cache.dir, 'pages', contentHash.slice(0, 2), `${contentHash}.json`);
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
  /** The hash of its summary: pages that list articles change only when one of these does. */
  summaryHash: string;
  claimsDefault: boolean;
  /** The title keys of its "PLUS :" teasers (site-listing.ts's titleKey): its page links those that name an article. */
  teasers: string[];
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
  version: 3;
  dataCodeHash: string;
  bundleHash: string;
  articles: Record<string, ArticleRecord>;
  /** step name → the digest of everything a step may read, and the key of what it read when it last wrote. */
  steps: Record<string, { inputs: string; key: string }>;
}

/** A file the build keeps for one site (its articles folder and output folder) between runs. */
export function siteCacheFile(cache: Pick<BuildCache, 'dir'>, articlesDir: string, outDir: string, part: 'records' | 'summaries' | 'search-base'): string {
  return join(cache.dir, 'sites', `${hash(articlesDir, outDir)}.${part}.json`);
}

const manifestFile = siteCacheFile;

/** The last build of this site, or null when there is none to trust (first build, or the output folder was emptied). */
export function readManifest(cache: BuildCache, articlesDir: string, outDir: string): BuildManifest | null {
  const file = manifestFile(cache, articlesDir, outDir, 'records');
  if (!existsSync(file) || !existsSync(join(outDir, '404.html'))) return null;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
    return manifest.version === 3 ? manifest : null;
  } catch {
    return null;
  }
}

export function readSummaries(cache: BuildCache, articlesDir: string, outDir: string): Record<string, ArticleSummary> {
  const file = manifestFile(cache, articlesDir, outDir, 'summaries');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ArticleSummary>) : {};
}

/** Writes the records, and the summaries when they changed (else null). */
export function writeManifest(cache: BuildCache, articlesDir: string, outDir: string, manifest: BuildManifest, summaries: Record<string, ArticleSummary> | null): void {
  mkdirSync(join(cache.dir, 'sites'), { recursive: true });
  if (summaries) writeFileAtomically(manifestFile(cache, articlesDir, outDir, 'summaries'), JSON.stringify(summaries));
  writeFileAtomically(manifestFile(cache, articlesDir, outDir, 'records'), JSON.stringify(manifest));
}
