// Writes the search page and the search index: Pagefind's, built from each article's text (not from the built pages,
// whose sidebars repeat the quotes), with an id on every paragraph so that a result can open the article there.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import type { ArticlePage, PageBlock } from '../../src/content/article-page.ts';
import { plainSpaces } from '../../src/app/document-title.ts';
import { SEARCH_PAGE_PATH } from '../../src/features/search/search-page-path.ts';
import type { ArticleText, BuildStep, SiteBuild } from './build-step.ts';
import { writeFileAtomically } from './build-cache.ts';
import { articlePath } from '../../src/content/compose-article-page.ts';
import { SEARCH_SEGMENTS_FILE, type SearchSegments } from '../../src/features/search/search-segments.ts';
import { escapeAttribute, escapeText } from './page-head.ts';
import { allowWebAssembly } from './security-policy.ts';
import { isCompressible, precompressFile } from './precompress.ts';
import { givenPage } from './article-pages.ts';
import { WORD_JOINER } from '../../src/features/search/search-index.ts';
import { collectGarbageIfGrown } from './collect-garbage.ts';

/** Articles sent to Pagefind at once: its service indexes them side by side. */
const BATCH = 64;
/** Pagefind's own search interfaces: the site has its own (src/features/search/), so these would only be dead files. */
const UNUSED_BUNDLE_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

export const searchPage: BuildStep = {
  name: 'the search page',
  // Only this page allows WebAssembly ('wasm-unsafe-eval', which compiles WebAssembly and does not allow eval()):
  // Pagefind searches with it, and no other page needs it.
  reads: 'nothing of the articles',
  dependsOn: (site) => site.bundle.template.contentSecurityPolicy,
  run: (site) => site.renderPages([givenPage(SEARCH_PAGE_PATH, { kind: 'search' }, allowWebAssembly(site.bundle.template.contentSecurityPolicy))]),
};

/**
 * Pagefind cannot update an index in place, and writing it whole takes minutes at 100,000 articles. So the index is
 * kept as search engines keep segments: a base of every article, and a small delta of the articles changed, added or
 * removed since the base was written, rebuilt from those alone. The search page merges the delta into the base and
 * drops the base's hits for the pages the delta replaced or removed (`SEARCH_SEGMENTS_FILE`). A first build, a change
 * of the build's code, or a delta past `DELTA_LIMIT` articles writes a new base (compaction), and no delta.
 * The base itself is written in shards of `searchShardSize` articles, each its own Pagefind index merged by the search
 * page: Pagefind holds a whole index in memory while writing it, about 410 KB an article (4 GB at 10,000). One
 * shard is alive at a time. The step reads only the articles' cached page data, so it runs beside the page workers
 * (`besidePages`): Pagefind takes the core they leave.
 */
export const searchIndex: BuildStep = {
  name: 'the search index',
  reads: 'texts',
  besidePages: true,
  dependsOn: (site) => site.textsDigest,
  async run(site) {
    const baseFile = site.keptFile('search-base');
    const deltaFile = site.keptFile('search-delta');
    const base = readSearchBase(baseFile, site.codeKey);
    const delta = base && site.textChanges ? readSearchDelta(deltaFile, site.codeKey) : null;
    const segmentsFile = join(site.options.outDir, SEARCH_SEGMENTS_FILE);
    const { outDir } = site.options;
    rmSync(join(outDir, DELTA_DIR), { recursive: true, force: true });
    if (base && delta && site.textChanges && existsSync(segmentsFile)) {
      // The delta is the last one, changed by what changed since the last build: no other article is looked at.
      const removed = new Set(delta.removed);
      for (const { slug, contentHash } of site.textChanges.changed) {
        removed.delete(slug);
        if (base.entryOf(slug)?.[0] === contentHash) delete delta.articles[slug];
        else delta.articles[slug] = contentHash;
      }
      for (const slug of site.textChanges.removed) {
        delete delta.articles[slug];
        if (base.entryOf(slug)) removed.add(slug);
      }
      const articles = Object.entries(delta.articles).map(([slug, contentHash]) => ({ slug, contentHash }));
      if (articles.length + removed.size <= DELTA_LIMIT) {
        if (articles.length > 0) await writePagefindIndex(site, articles, join(outDir, DELTA_DIR));
        // The base's hits to drop: its version of every article changed or removed since it was written.
        const superseded = [...articles.map(({ slug }) => slug), ...removed].flatMap((slug) => base.entryOf(slug)?.[1] || []);
        writeSearchSegments(segmentsFile, { shards: base.shards, delta: articles.length > 0 ? `/${DELTA_DIR}/` : null, superseded });
        writeFileAtomically(deltaFile, JSON.stringify({ codeKey: site.codeKey, articles: delta.articles, removed: [...removed] } satisfies SearchDelta));
        return;
      }
    }
    // Compaction: the old base goes, with any delta written over it.
    for (const name of readdirSync(outDir)) if (name === BASE_DIR || name.startsWith(SHARD_DIR_PREFIX)) rmSync(join(outDir, name), { recursive: true, force: true });
    const shardSize = Math.max(1, site.options.searchShardSize ?? SHARD_SIZE);
    const shards: string[] = [];
    const pages: Record<string, [contentHash: string, fragment: string]> = {};
    const texts = site.texts;
    for (let start = 0; start < texts.length; start += shardSize) {
      // The first shard is where the search page loads Pagefind's script from.
      const name = start === 0 ? BASE_DIR : `${SHARD_DIR_PREFIX}${start / shardSize + 1}`;
      if (start > 0) shards.push(`/${name}/`);
      const articles = texts.slice(start, start + shardSize);
      await writePagefindIndex(site, articles, join(outDir, name));
      const fragments = fragmentsByPath(join(outDir, name));
      for (const { slug, contentHash } of articles) pages[slug] = [contentHash, fragments.get(articlePath(slug)) ?? ''];
    }
    writeSearchSegments(segmentsFile, { shards, delta: null, superseded: [] });
    writeFileAtomically(baseFile, `${JSON.stringify({ codeKey: site.codeKey, shards })}\n${JSON.stringify(pages)}`);
    writeFileAtomically(deltaFile, JSON.stringify({ codeKey: site.codeKey, articles: {}, removed: [] } satisfies SearchDelta));
  },
};

/** Where the base and the delta are written in the site; the segments file says how to read them together. */
const BASE_DIR = 'pagefind';
const SHARD_DIR_PREFIX = 'pagefind-base-';
const DELTA_DIR = 'pagefind-delta';
/**
 * Articles in a shard of the base. Pagefind's peak grows with it, about 410 KB an article: 410 MB at 1,000, 1.8 GB
 * at 5,000 (it builds the whole index in memory before writing it; upstream issue Pagefind/pagefind#842): while it
 * indexes a shard of 800 it holds about 90 MB, and 330–360 MB for the few seconds it writes it; 250–275 MB with 600.
 * Beside it, the build's own process and its page workers held 610–665 MB at 100,000 articles (collect-garbage.ts):
 * 600 keeps the whole under 1 GB (932 MB measured). The cost of smaller shards is the reader's: each is one more
 * index the search page opens (two small files) and asks (one index chunk a word): 167 at 100,000 articles.
 */
const SHARD_SIZE = 600;
/**
 * Past this many articles changed, added or removed since the base, a new base is written. The delta is indexed
 * from those alone (a few milliseconds an article) on every build that changes one; the base costs minutes.
 */
const DELTA_LIMIT = 200;

/**
 * What the build keeps of the base: its shards, and for each article the content it indexed and the id Pagefind gave
 * its page. Kept as two lines, the second read as text: a rebuild after one change looks up that article's entry in
 * it rather than parsing the entries of 100,000.
 */
interface SearchBase {
  /** The folders of the base's shards after the first (`/pagefind/`). */
  shards: string[];
  entryOf(slug: string): [contentHash: string, fragment: string] | undefined;
}

/** What the build keeps of the delta: the articles whose text is not the base's, and those the base has that are gone. */
interface SearchDelta {
  codeKey: string;
  articles: Record<string, string>;
  removed: string[];
}

function readSearchBase(file: string, codeKey: string): SearchBase | null {
  try {
    const text = readFileSync(file, 'utf8');
    const lineEnd = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, lineEnd)) as { codeKey: string; shards: string[] };
    if (head.codeKey !== codeKey) return null;
    return {
      shards: head.shards,
      // Each entry is `"<slug>":["<hash>","<id>"]`; an address needs no escaping, and only keys are followed by ":[".
      entryOf(slug) {
        const key = `${JSON.stringify(slug)}:[`;
        const at = text.indexOf(key, lineEnd);
        if (at === -1) return undefined;
        const start = at + key.length - 1;
        return JSON.parse(text.slice(start, text.indexOf(']', start) + 1)) as [string, string];
      },
    };
  } catch {
    return null;
  }
}

function readSearchDelta(file: string, codeKey: string): SearchDelta | null {
  try {
    const delta = JSON.parse(readFileSync(file, 'utf8')) as SearchDelta;
    return delta.codeKey === codeKey ? delta : null;
  } catch {
    return null;
  }
}

function writeSearchSegments(file: string, segments: SearchSegments): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomically(file, JSON.stringify(segments));
}

/** Indexes `articles` with Pagefind into `outputPath` (a folder of the site), with .br and .gz for its text files. */
async function writePagefindIndex(site: SiteBuild, articles: ArticleText[], outputPath: string): Promise<void> {
  const pagefind = await import('pagefind'); // only when an index is written: loading it slows every build's start
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One batch indexed by Pagefind (its own process) while this thread reads the next from the cache: in turn, each
    // waited for the other.
    let indexing: Promise<void> = Promise.resolve();
    for (let start = 0; start < articles.length; start += BATCH) {
      site.stopped.throwIfAborted();
      // Only each page's search document is kept until Pagefind answers, not its whole page: objects that outlive a
      // wait move to the old generation, and 100,000 pages' worth grew this process by hundreds of megabytes.
      const documents = articles.slice(start, start + BATCH).map((article) => {
        const page = site.articlePage(article);
        return { url: page.path, content: searchDocument(page) };
      });
      const added = Promise.all(documents.map((document) => index.addHTMLFile(document))).then((answers) => {
        const failed = answers.flatMap((answer, offset) => answer.errors.map((error) => `${documents[offset]!.url}: ${error}`));
        if (failed.length > 0) throw new Error(failed.join('; '));
      });
      added.catch(() => {}); // told when awaited below, in order
      await indexing;
      indexing = added;
    }
    await indexing;
    // Pagefind's peak is while it writes (four times what it holds while indexing): this thread's garbage goes first.
    collectGarbageIfGrown();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    for (const name of readdirSync(outputPath)) {
      if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(outputPath, name));
      // Its script and entry file get their .br and .gz like every page (its index fragments are gzip already).
      else if (isCompressible(name)) precompressFile(join(outputPath, name));
    }
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * The id Pagefind gave each page of an index (a search result's `id`), by address: read back from its fragments,
 * each a gzip of "pagefind_dcd" and the page's JSON, which starts with its url. Only a fragment's first bytes are read
 * and inflated (a gzip stream reads in part): at 100,000 articles, inflating every fragment whole was 10 s of this
 * thread, in the search index's chain that ends the build. A large index may bundle several pages' fragments in one
 * file, an object by id: that one is read whole.
 */
function fragmentsByPath(indexDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = join(indexDir, 'fragment');
  const head = Buffer.alloc(FRAGMENT_HEAD_BYTES);
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(FRAGMENT_SUFFIX)) continue;
    const file = join(folder, name);
    const url = singlePageUrl(fragmentText(head.subarray(0, readStart(file, head)), constants.Z_SYNC_FLUSH));
    if (url !== null) ids.set(url, name.slice(0, -FRAGMENT_SUFFIX.length));
    else for (const [id, fragment] of Object.entries(JSON.parse(fragmentText(readFileSync(file), constants.Z_FINISH)) as Record<string, { url: string }>)) ids.set(fragment.url, id);
  }
  return ids;
}

/** Enough of a fragment for a page's url: addresses are short, and a longer one is found by reading the file whole. */
const FRAGMENT_HEAD_BYTES = 512;

/** Reads the start of `file` into `buffer`; returns how many bytes were read. */
function readStart(file: string, buffer: Buffer): number {
  const descriptor = openSync(file, 'r');
  try {
    return readSync(descriptor, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(descriptor);
  }
}

/** A fragment's JSON, from its gzip bytes: `Z_SYNC_FLUSH` inflates what a part of the stream holds, without an error. */
function fragmentText(gzipped: Uint8Array, finishFlush: number): string {
  return gunzipSync(gzipped, { finishFlush }).toString('utf8').replace(/^pagefind_dcd/, '');
}

/** The url a one-page fragment starts with, or null (several pages in one fragment, or the url not read whole). */
function singlePageUrl(text: string): string | null {
  const single = /^\{"url":"((?:[^"\\]|\\.)*)"/.exec(text);
  return single ? (JSON.parse(`"${single[1]}"`) as string) : null;
}

const FRAGMENT_SUFFIX = '.pf_fragment';

/** What Pagefind indexes of an article: the title (its h1 becomes the result's title) and each block under its own id. */
export function searchDocument(page: ArticlePage): string {
  const blocks = page.sections.flatMap((section) => [
    ...(section.heading ? [`<h2 id="${escapeAttribute(section.heading.id)}">${indexedText(section.heading.title)}</h2>`] : []),
    ...section.blocks.map((block) => `<p id="${escapeAttribute(block.id)}">${indexedText(blockText(block))}</p>`),
  ]);
  return `<html lang="fr"><body><h1>${indexedText(page.title)}</h1>${blocks.join('')}</body></html>`;
}

/**
 * Text as Pagefind should keep it. Pagefind 1.6 decodes entities in an anchor's text twice, so an article that
 * writes "&amp;" would come back as "&": a word joiner after each "&" leaves nothing to decode the second time
 * (the search results remove it again, see src/features/search/search-index.ts).
 */
function indexedText(text: string): string {
  return escapeText(plainSpaces(text).replaceAll('&', `&${WORD_JOINER}`));
}

function blockText(block: PageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((run) => run.text).join('');
    case 'caption':
      return block.text;
    case 'related':
      return block.title;
    case 'heading':
      return block.text;
  }
}
