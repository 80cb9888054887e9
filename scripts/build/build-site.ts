// `npm run build`: checks every article, builds the app with Vite, writes a page per article, then runs the steps
// that write the rest of the site. Each run does only what changed since the last one (see build-cache.ts).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listArticleFolders, readAhead, type ArticleFolder, type ContentProblem, type ListedFolders } from './article-sources.ts';
import { chooseDefaultArticle, formatContentProblems } from './load-site-content.ts';
import { appBundle, copyBundle } from './bundle-app.ts';
import { hash, hashOfValue, indexInOrder, openBuildCache, openSiteCache, pageDataFile, pruneCache, readListedArticles, readManifest, siteCacheFile, writeManifest, xorDigest, type ArticleRecord, type BuildManifest, type LastRecords, type ListedArticles, type Pruned } from './build-cache.ts';
import type { ArticleSummary } from './article-summary.ts';
import { articlePath } from '../../src/content/compose-article-page.ts';
import { defaultPoolSize, inThisThread, runInBatches, WorkerPool, type TaskRunner } from './worker-pool.ts';
import { dataFileOf, type CheckResult, type CheckTask, type PageJob, type RenderTask } from './build-worker.ts';

type ArticlePageJob = Extract<PageJob['data'], { kind: 'article' }>;
import { notFoundPage } from './article-pages.ts';
import { listingPages } from './listing-pages.ts';
import { searchIndex, searchPage } from './search-index.ts';
import { allowWebAssembly } from './security-policy.ts';
import { headersFile } from './headers-file.ts';
import { ARCHIVE_PAGE_SIZE, articlesByTitle, featuredArticle, moreToRead, newestFirst, titleKey, type SiteListing } from '../../src/content/site-listing.ts';
import type { ArticlePageData } from '../../src/content/page-data.ts';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { SEARCH_PAGE_PATH } from '../../src/features/search/search-page-path.ts';
import { robotsTxt, sitemapFiles, sitemapPart } from './sitemap.ts';
import { removeOutput, writeOutput, type ArticleText, type BuildOptions, type BuildStep, type ListedArticle, type SiteBuild } from './build-step.ts';
import { offlineReading } from './offline-reading.ts';
import { collectGarbageIfGrown } from './collect-garbage.ts';

export type { BuildOptions } from './build-step.ts';

/** What a build did, for the command line and the benchmark. */
export interface BuildReport {
  pages: number;
  articles: number;
  /** Articles read and checked (the others' files were unchanged since the last build). */
  checked: number;
  /** Article pages written; the others were reused as the last build wrote them. */
  rewritten: string[];
  /** Steps that ran, and those whose output was still right. */
  stepsRun: string[];
  stepsReused: string[];
  /** false when Vite ran. */
  bundleReused: boolean;
  /** Worker threads started (0: all the work was done in this thread). */
  workers: number;
  /** What was removed from the build's cache as no longer used. */
  pruned: Pruned;
  /**
   * Where the wall time went, in seconds: reading and checking the articles, building or reusing the app bundle,
   * writing the article pages, and each step that ran (a step beside the pages overlaps them).
   */
  seconds: { checking: number; bundle: number; pages: number; steps: Record<string, number> };
}

/** A problem in the content: its message names every file at fault, and is all a reader needs (no stack trace). */
export class BuildError extends Error {}

/**
 * What the build writes besides the article pages, in order. A new output is one more step here, in its own module;
 * one that lists articles says what it shows of them in `dependsOn`, and is rewritten only when that changes.
 */
const steps: BuildStep[] = [
  listingPages,
  notFoundPage,
  searchPage,
  searchIndex,
  {
    name: 'the _headers file',
    reads: 'nothing of the articles',
    dependsOn: (site) => site.bundle.template.contentSecurityPolicy,
    run(site) {
      const policy = site.bundle.template.contentSecurityPolicy;
      writeOutput(site, '_headers', headersFile(policy, allowWebAssembly(policy), SEARCH_PAGE_PATH));
    },
  },
  {
    name: 'the sitemap and robots.txt',
    reads: 'summaries',
    dependsOn: (site) => site.articles.map(({ summary }) => [summary.path, summary.publishedAt]),
    run(site) {
      const files = sitemapFiles(site.options.siteUrl, site.articles.map(({ summary }) => summary));
      for (const [path, contents] of files) writeOutput(site, path, contents);
      // The numbered sitemaps a larger archive needed and this one does not are listed nowhere now: they go.
      const parts = files.size - 1;
      for (let number = parts + 1; existsSync(join(site.options.outDir, sitemapPart(number))); number++) removeOutput(site, sitemapPart(number));
      writeOutput(site, 'robots.txt', robotsTxt(site.options.siteUrl));
    },
  },
  // Once the app's files are final: the worker's precache lists them with their revisions.
  offlineReading,
];

/** Articles a worker checks at a time: enough to make a message worth sending, few enough to share the work evenly. */
const CHECK_BATCH = 50;
const RENDER_BATCH = 20;
/**
 * Below this many articles to check or pages to write, the work is done in this thread: starting a worker (each loads
 * TypeScript, the parser and React) takes longer than it saves, and a rebuild after one change should take a second.
 */
const WORKERS_FROM = 100;
/** Articles whose page key is worked out between two turns given to the steps started beside the pages. */
const YIELD_EVERY = 2000;
/** Up to this many article pages to write with the listing unchanged, each reads back what it showed of the others. */
const LISTING_READ_BACK_UP_TO = 100;

/** `foldersListed`: the article folders listed already (build-command.ts lists them while the build's modules load). */
export async function buildSite(options: BuildOptions, foldersListed?: Promise<ListedFolders>): Promise<BuildReport> {
  const { projectDir, articlesDir, outDir, siteUrl } = options;
  const show = (path: string) => relative(projectDir, path) || path;
  const cache = openBuildCache(projectDir);
  const siteCache = openSiteCache(cache, articlesDir, outDir);
  const previous = readManifest(siteCache);
  const workerModule = new URL('./build-worker.ts', import.meta.url);
  let pool: WorkerPool<CheckTask | RenderTask, CheckResult[] | number> | undefined;
  let workersStarted = 0;
  /** Steps started beside the page workers; told to stop, and waited for, when the build fails before it awaits them. */
  const startedBeside = new Map<BuildStep, Promise<{ ran: boolean; keys: { inputs: string; key: string } | null }>>();
  const failed = new AbortController();
  const startedAt = performance.now();
  const since = (start: number) => (performance.now() - start) / 1000;
  const stepSeconds: Record<string, number> = {};
  const workers = (count: number): TaskRunner<CheckTask | RenderTask, CheckResult[] | number> => {
    if (options.workers === 0 || (options.workers === undefined && count < WORKERS_FROM)) return inThisThread(workerModule);
    if (!pool) {
      pool = new WorkerPool(workerModule, options.workers ?? defaultPoolSize());
      workersStarted = Math.max(workersStarted, pool.size);
    }
    return pool;
  };
  /** Closes the workers, whose heaps keep what their tasks left behind; `workers` starts fresh ones if more work comes. */
  const closeWorkers = async () => {
    const open = pool;
    pool = undefined;
    await open?.close();
  };

  try {
    // Content first: a broken article fails the build before anything is written, with every file at fault named.
    const listed = foldersListed ? await foldersListed : listArticleFolders(articlesDir, show);
    const problems: ContentProblem[] = [...listed.problems];
    const slugsListed = listed.folders.map((folder) => folder.slug);
    /** The last build's records, when its articles were read by the same code: an unchanged article keeps its record. */
    const trusted = previous?.dataCodeHash === cache.dataCodeHash ? previous : null;
    /** The records of the articles checked in this build; the others are the last build's, read only when asked. */
    const fresh = new Map<string, ArticleRecord>();
    const recordOf = (slug: string): ArticleRecord | undefined => fresh.get(slug) ?? trusted?.records.get(slug);
    /** Summaries read in this build (new and changed articles); the others stay on disk until a step needs them. */
    const freshSummaries: Record<string, ArticleSummary> = {};
    const freshTeasers: Record<string, string[]> = {};
    // Let go of as the checks end: at 100,000 articles, every folder's path and signature held to the end of the build
    // was 25 MB more beside Pagefind's peak.
    let toCheck: ArticleFolder[] = [];
    /** Listed articles the last build had too: fewer than it had, and some were removed. */
    let hadBefore = 0;
    for (const folder of listed.folders.splice(0)) {
      const unchanged = previous?.records.unchanged(folder.slug, folder.signature) ?? null;
      if (unchanged !== null) hadBefore += 1;
      if (!(unchanged && trusted)) toCheck.push(folder);
    }
    if (toCheck.length > 0) {
      const task = (folders: ArticleFolder[]): CheckTask => {
        // This thread waits meanwhile: it has the disk read a batch while a worker checks the one before.
        readAhead(folders);
        return { kind: 'check', projectDir, cacheDir: siteCache.dir, dataCodeHash: cache.dataCodeHash, folders };
      };
      await runInBatches(workers(toCheck.length), toCheck, CHECK_BATCH, task, (results) => {
        for (const result of results as CheckResult[]) {
          if (!result.ok) {
            for (const problem of result.problems) problems.push(problem);
            continue;
          }
          const { signature, contentHash, claimsDefault, teasers } = result;
          fresh.set(result.slug, { signature, contentHash, summaryHash: hash(JSON.stringify(result.summary), JSON.stringify(teasers)), claimsDefault, listingHash: '', pageKey: '' });
          freshSummaries[result.slug] = result.summary;
          freshTeasers[result.slug] = teasers;
        }
      });
    }
    // Workers answer in any order; problems are told in the order of the folders.
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const checked = toCheck.length;
    const checkingSeconds = since(startedAt);
    // The checking workers go: their heaps keep what parsing left behind; the pages are rendered by fresh ones.
    await closeWorkers();
    // As does this thread's garbage from their answers, before the pages and the search index start.
    collectGarbageIfGrown();
    toCheck = [];
    // Every listed folder now has a record, or a problem that stops the build below.
    const slugs = slugsListed;
    const removedSlugs = previous && previous.records.count > hadBefore ? previous.records.slugs().filter((slug) => indexInOrder(slugs.length, (index) => slugs[index]!, slug) === -1) : [];
    const removed = removedSlugs.length > 0;
    // Which articles claim to be the default: the last build's claimants, changed by the articles checked or removed.
    const claimants = new Set(trusted?.claimants ?? []);
    for (const [slug, record] of fresh) {
      if (record.claimsDefault) claimants.add(slug);
      else claimants.delete(slug);
    }
    for (const slug of removedSlugs) claimants.delete(slug);
    const chosen = chooseDefaultArticle([...claimants].sort(), articlesDir, show);
    for (const problem of chosen.problems) problems.push(problem);
    if (problems.length > 0) throw new BuildError(formatContentProblems(problems));
    if (slugs.length === 0) throw new BuildError(formatContentProblems([{ file: show(articlesDir), problem: 'no article: add a folder with an article.txt' }]));

    const bundleStartedAt = performance.now();
    const bundle = await appBundle(projectDir, cache);
    // With no trustworthy record of the last build, the output folder is emptied, as Vite's emptyOutDir did.
    if (!previous) rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    if (previous?.bundleHash !== bundle.hash || !existsSync(join(outDir, 'assets'))) copyBundle(bundle, outDir);
    const bundleSeconds = since(bundleStartedAt);

    const renderKey = hash(cache.renderCodeHash, bundle.outputHash, siteUrl);
    /** Renders pages, each batch's jobs made from its items only when it is handed out: 100,000 jobs are not held at once. */
    const renderEach = async <Item>(items: Item[], jobOf: (item: Item) => PageJob) => {
      if (items.length === 0) return;
      const task = (batch: Item[]): RenderTask => ({
        kind: 'render',
        cacheDir: siteCache.dir,
        outDir,
        siteUrl,
        serverEntry: bundle.serverEntry,
        template: bundle.template.html,
        contentSecurityPolicy: bundle.template.contentSecurityPolicy,
        pages: batch.map(jobOf),
      });
      await runInBatches(workers(items.length), items, RENDER_BATCH, task, () => {});
    };
    const renderPages = (jobs: PageJob[]) => renderEach(jobs, (job) => job);

    // The summaries and teasers of every article, read from the last build's file only when something has to look at them.
    let listedBefore: ListedArticles | undefined;
    const before = () => (listedBefore ??= previous ? readListedArticles(siteCache) : { summaries: {}, teasers: {} });
    let allSummaries: Record<string, ArticleSummary> | undefined;
    const summaries = () => (allSummaries ??= { ...before().summaries, ...freshSummaries });
    const teasersOf = (slug: string) => freshTeasers[slug] ?? before().teasers[slug] ?? [];
    let listedArticles: ListedArticle[] | undefined;
    const articles = () => (listedArticles ??= slugs.map((slug) => ({ summary: summaries()[slug]!, contentHash: recordOf(slug)!.contentHash })));
    let siteListing: SiteListing | undefined;
    const listing = (): SiteListing => {
      if (siteListing) return siteListing;
      const sorted = newestFirst(articles().map((article) => article.summary));
      return (siteListing = {
        sorted,
        featured: featuredArticle(sorted, chosen.slug),
        positions: new Map(sorted.map((article, index) => [article.slug, index])),
        byTitle: articlesByTitle(sorted),
      });
    };

    // Article pages: one for each article whose content, rendering, or what it shows of other articles (what to read
    // next, its teasers' addresses) changed; pages of removed articles go. While no article came or went and none
    // changed what lists show of it, what any page shows of the others is as it was: no summary needs reading.
    const added = slugs.length > hadBefore;
    const listingMayChange = !previous || removed || added || [...fresh].some(([slug, record]) => listedDifferently(previous.records.get(slug), record));
    const articleData = (slug: string, record: ArticleRecord): ArticlePageJob => {
      const { sorted, featured, positions, byTitle } = listing();
      const teaserPaths: Record<string, string> = {};
      for (const key of teasersOf(slug)) {
        const path = byTitle.get(key);
        if (path && path !== articlePath(slug)) teaserPaths[key] = path;
      }
      return { kind: 'article', contentHash: record.contentHash, moreToRead: moreToRead(sorted, featured, positions.get(slug) ?? -1), teaserPaths };
    };
    /** What the page of `slug` showed of other articles when last written (its data.json), if its record agrees. */
    const shownLastTime = (slug: string, record: ArticleRecord): ArticlePageJob | undefined => {
      try {
        const shown = JSON.parse(readFileSync(join(outDir, dataFileOf(articlePath(slug))), 'utf8')) as ArticlePageData;
        // Its linked teasers, in the order of the page, as articleData lists them.
        const teaserPaths: Record<string, string> = {};
        for (const block of shown.article.sections.flatMap((section) => section.blocks)) {
          if (block.kind === 'related' && block.path) teaserPaths[titleKey(block.title)] ??= block.path;
        }
        const data: ArticlePageJob = { kind: 'article', contentHash: record.contentHash, moreToRead: shown.moreToRead, teaserPaths };
        return listingHashOf(data) === record.listingHash ? data : undefined;
      } catch {
        return undefined;
      }
    };
    // What steps read of the articles, as order-free digests: the last build's, changed by the articles that changed
    // (a first build adds every article to an empty one).
    const textChanges: ArticleText[] = [];
    const nextDigests: BuildManifest['digests'] = { ...(previous?.digests ?? { summaries: '', texts: '' }) };
    for (const [slug, record] of previous ? fresh : slugs.map((slug) => [slug, recordOf(slug)!] as const)) {
      const last = previous?.records.get(slug);
      if (last?.contentHash !== record.contentHash) {
        nextDigests.texts = xorDigest(nextDigests.texts, ...(last ? [`${slug}:${last.contentHash}`] : []), `${slug}:${record.contentHash}`);
        textChanges.push({ slug, contentHash: record.contentHash });
      }
      if (last?.summaryHash !== record.summaryHash) nextDigests.summaries = xorDigest(nextDigests.summaries, ...(last ? [`${slug}:${last.summaryHash}`] : []), `${slug}:${record.summaryHash}`);
    }
    for (const slug of removedSlugs) {
      const last = previous!.records.get(slug)!;
      nextDigests.texts = xorDigest(nextDigests.texts, `${slug}:${last.contentHash}`);
      nextDigests.summaries = xorDigest(nextDigests.summaries, `${slug}:${last.summaryHash}`);
    }
    let allTexts: ArticleText[] | undefined;
    const site: SiteBuild = {
      options,
      get articles() {
        return articles();
      },
      get listing() {
        return listing();
      },
      get texts() {
        return (allTexts ??= slugs.map((slug) => ({ slug, contentHash: recordOf(slug)!.contentHash })));
      },
      textsDigest: nextDigests.texts,
      textChanges: previous ? { changed: textChanges, removed: removedSlugs } : null,
      codeKey: renderKey,
      keptFile: (name) => siteCacheFile(siteCache, name),
      bundle,
      renderPages,
      stopped: failed.signal,
      articlePage: (article) => (JSON.parse(readFileSync(pageDataFile(siteCache.dir, article.contentHash), 'utf8')) as { page: ArticlePage }).page,
    };
    // Everything a step may read: the bundle, the code, and what it reads of the articles (their summaries and which
    // is featured, or their texts). While that is unchanged, the step need not run, nor read the summaries to find out.
    const inputsOf = (reads: BuildStep['reads']): string => (reads === 'nothing of the articles' ? hash(renderKey) : hash(renderKey, reads, chosen.slug ?? '', nextDigests[reads]));
    /** Runs a step unless what it depends on is unchanged since it last ran; `keys` is what the record keeps of it. */
    const runStep = async (step: BuildStep): Promise<{ ran: boolean; keys: { inputs: string; key: string } | null }> => {
      const last = previous?.steps[step.name];
      const inputs = inputsOf(step.reads);
      if (step.dependsOn && last?.inputs === inputs) return { ran: false, keys: last };
      const key = step.dependsOn ? hashOfValue(renderKey, step.dependsOn(site) ?? null) : '';
      if (key && last?.key === key) return { ran: false, keys: { inputs, key } };
      const stepStartedAt = performance.now();
      try {
        await step.run(site);
        stepSeconds[step.name] = since(stepStartedAt);
      } catch (error) {
        throw new Error(`writing ${step.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return { ran: true, keys: key ? { inputs, key } : null };
    };

    // Steps that need no written page start now, before the pages' order is worked out, and run beside the workers.
    for (const step of steps) {
      if (!step.besidePages) continue;
      const running = runStep(step);
      running.catch(() => {}); // told when awaited below, in the steps' order
      startedBeside.set(step, running);
    }
    const pagesStartedAt = performance.now();
    const rewritten: string[] = [];
    /** Articles whose record is not the last build's: the record file gets only these (build-cache.ts). */
    const changedRecords: [slug: string, record: ArticleRecord][] = [];
    // A page key is a hash: for an unchanged record under the same code and bundle it is the last one, and 100,000
    // hashes are a noticeable share of a rebuild after one change.
    const sameRendering = previous?.renderKey === renderKey;
    // With the same rendering and listing, an article not checked again keeps its page and its record: only those
    // checked are looked at, and a rebuild after a typo reads no other record.
    const toLookAt = !listingMayChange && sameRendering ? [...fresh.keys()].sort() : slugs;
    let lookedAt = 0;
    for (const slug of toLookAt) {
      // A first build of 100,000 articles spends seconds here: the steps started beside get their turns meanwhile.
      if (++lookedAt % YIELD_EVERY === 0) await new Promise((resume) => setImmediate(resume));
      const record = recordOf(slug)!;
      const last = previous?.records.get(slug);
      const lastListingHash = last?.listingHash;
      const lastPageKey = last?.pageKey;
      if (!listingMayChange && !record.listingHash) record.listingHash = last!.listingHash;
      // Worked out again when the page's batch is handed out: 100,000 of them are not held meanwhile.
      if (listingMayChange || !record.listingHash) record.listingHash = listingHashOf(articleData(slug, record));
      const pageKey = sameRendering && record === last && record.listingHash === lastListingHash ? record.pageKey : hash(renderKey, record.contentHash, record.listingHash);
      if (lastPageKey !== pageKey) rewritten.push(slug);
      record.pageKey = pageKey;
      if (record !== last || record.listingHash !== lastListingHash || record.pageKey !== lastPageKey) changedRecords.push([slug, record]);
    }
    // A few pages to write while the listing is unchanged (a typo fixed): what each showed of the others is read back
    // from its data.json rather than working out the order of every article from every summary.
    const readBack = !listingMayChange && rewritten.length <= LISTING_READ_BACK_UP_TO;
    const articleJob = (slug: string): PageJob => {
      const record = recordOf(slug)!;
      const urlPath = articlePath(slug);
      const data = (readBack ? shownLastTime(slug, record) : undefined) ?? articleData(slug, record);
      return { urlPath, file: `${urlPath.slice(1)}index.html`, data, dataFile: dataFileOf(urlPath) };
    };
    for (const slug of removedSlugs) rmSync(join(outDir, 'articles', slug), { recursive: true, force: true });

    await renderEach(rewritten, articleJob);
    const pagesSeconds = since(pagesStartedAt);

    const stepKeys: Record<string, { inputs: string; key: string }> = {};
    const stepsRun: string[] = [];
    const stepsReused: string[] = [];
    for (const step of steps) {
      const besidePages = startedBeside.get(step);
      // The pages, and the steps before this one that render, are done: the page workers' heaps go before the wait for
      // what ran beside them (at 100,000 articles they were idle through the search index's last shards, and made the
      // build's peak).
      if (besidePages) await closeWorkers();
      const { ran, keys } = await (besidePages ?? runStep(step));
      (ran ? stepsRun : stepsReused).push(step.name);
      if (keys) stepKeys[step.name] = keys;
    }

    // Nothing read, written or removed: the record of the last build is still exact.
    const summariesChanged = !previous || removed || Object.keys(freshSummaries).some((slug) => previous.records.get(slug)?.summaryHash !== fresh.get(slug)?.summaryHash);
    const unchanged = previous && checked === 0 && rewritten.length === 0 && stepsRun.length === 0 && !removed && previous.bundleHash === bundle.hash;
    if (!unchanged) {
      const manifest: BuildManifest = { version: 6, dataCodeHash: cache.dataCodeHash, bundleHash: bundle.hash, renderKey, claimants: [...claimants].sort(), digests: nextDigests, steps: stepKeys };
      const listed = function* () {
        for (const slug of slugs) yield [slug, summaries()[slug]!, teasersOf(slug)] as [string, ArticleSummary, string[]];
      };
      const everyRecord = function* () {
        for (const slug of slugs) yield [slug, recordOf(slug)!] as [string, ArticleRecord];
      };
      writeManifest(siteCache, manifest, everyRecord, summariesChanged ? listed() : null, trusted, { changed: changedRecords, removed: removedSlugs });
    }
    // The page data of articles changed or removed since the last build, and of nothing else, is no longer needed.
    const pruned =
      previous && checked === 0 && !removed
        ? { pageData: 0, sites: 0 }
        : previous
          ? pruneCache(cache, siteCache, new Set([...fresh.values()].map((record) => record.contentHash)), droppedSince(previous.records, fresh, removedSlugs))
          : pruneCache(cache, siteCache, new Set(slugs.map((slug) => recordOf(slug)!.contentHash)), null);
    return { pages: slugs.length + Math.max(1, Math.ceil(slugs.length / ARCHIVE_PAGE_SIZE)) + 3, articles: slugs.length, checked, rewritten, stepsRun, stepsReused, bundleReused: bundle.reused, workers: workersStarted, pruned, seconds: { checking: checkingSeconds, bundle: bundleSeconds, pages: pagesSeconds, steps: stepSeconds } };
  } finally {
    // After a failure, nothing the build started is left writing into the output folder.
    failed.abort();
    await Promise.allSettled(startedBeside.values());
    await closeWorkers();
  }
}

function describePruned({ pageData, sites }: Pruned): string {
  const parts = [
    ...(pageData > 0 ? [`the page data of ${pageData.toLocaleString('en')} article version${pageData === 1 ? '' : 's'} no longer in the site`] : []),
    ...(sites > 0 ? [`${sites} other site${sites === 1 ? '' : 's'} whose articles folder is gone`] : []),
  ];
  return `Pruned from the cache ${parts.join(', and ')}.`;
}

/**
 * The content hashes of the last build's articles that changed or went: their page data may be of no more use. Only
 * the articles checked again can have changed; a content hash includes the article's address, so no other uses it.
 */
function droppedSince(previous: LastRecords, checked: Map<string, ArticleRecord>, removed: string[]): string[] {
  const dropped: string[] = [];
  for (const [slug, record] of checked) {
    const last = previous.get(slug);
    if (last && last.contentHash !== record.contentHash) dropped.push(last.contentHash);
  }
  for (const slug of removed) dropped.push(previous.get(slug)!.contentHash);
  return dropped;
}


/** Whether what lists show of an article (its summary, its claim to be featured, its teasers) may have changed. */
function listedDifferently(before: ArticleRecord | undefined, now: ArticleRecord): boolean {
  if (!before) return true;
  if (before === now) return false;
  return before.summaryHash !== now.summaryHash || before.claimsDefault !== now.claimsDefault;
}

/** The hash of what an article's page shows of other articles: its page is rewritten when it changes. */
function listingHashOf(data: ArticlePageJob): string {
  return hash(JSON.stringify(data.moreToRead), JSON.stringify(data.teaserPaths));
}

/** Where the wall time went, the steps that took a tenth of a second or more named; a step beside the pages overlaps them. */
function describeSeconds({ checking, bundle, pages, steps: stepsRan }: BuildReport['seconds']): string {
  const time = (value: number) => `${value.toFixed(1)} s`;
  const besidePages = new Set(steps.filter((step) => step.besidePages).map((step) => step.name));
  const named = Object.entries(stepsRan)
    .filter(([, value]) => value >= 0.1)
    .map(([name, value]) => `${name} ${time(value)}${besidePages.has(name) ? ' (beside the pages)' : ''}`);
  return [`checking the articles ${time(checking)}`, `the app bundle ${time(bundle)}`, `the article pages ${time(pages)}`, ...named].join(', ');
}

/** What the build did, in a few lines: what it read, rebuilt and reused. */
export function describeBuild(report: BuildReport, seconds: number): string {
  const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const names = (slugs: string[]) => (slugs.length <= 5 ? slugs.join(', ') : `${slugs.slice(0, 5).join(', ')} and ${slugs.length - 5} more`);
  const lines = [
    `Checked ${count(report.checked, 'article')} (${(report.articles - report.checked).toLocaleString('en')} unchanged since the last build).`,
    report.rewritten.length === 0
      ? `Rebuilt no article page (${report.articles.toLocaleString('en')} up to date).`
      : `Rebuilt ${count(report.rewritten.length, 'article page')}: ${names(report.rewritten)} (${(report.articles - report.rewritten.length).toLocaleString('en')} reused).`,
    `Wrote ${report.stepsRun.length > 0 ? report.stepsRun.join(', ') : 'nothing else'}${report.stepsReused.length > 0 ? `; reused ${report.stepsReused.join(', ')}` : ''}.`,
    report.bundleReused ? 'Reused the app bundle (its inputs are unchanged: Vite did not run).' : 'Built the app bundle with Vite.',
    ...(report.pruned.pageData + report.pruned.sites > 0 ? [describePruned(report.pruned)] : []),
    `Built ${report.pages} pages for ${count(report.articles, 'article')} in ${seconds.toFixed(1)} s.`,
    `Time spent: ${describeSeconds(report.seconds)}.`,
  ];
  return lines.join('\n');
}

/** The build as `npm run build` runs it (build-command.ts), with its settings from the environment; the exit code. */
export async function runBuild(foldersListed?: Promise<ListedFolders>): Promise<number> {
  const projectDir = resolve(import.meta.dirname, '../..');
  const started = performance.now();
  try {
    const options: BuildOptions = {
      projectDir,
      articlesDir: resolve(process.env.LISEUSE_ARTICLES_DIR ?? join(projectDir, 'src/content/articles')),
      outDir: resolve(process.env.LISEUSE_OUT_DIR ?? join(projectDir, 'dist')),
      siteUrl: (process.env.LISEUSE_SITE_URL ?? 'http://localhost:4173').replace(/\/$/, ''),
    };
    const report = await buildSite(options, foldersListed);
    await writeWhole(process.stdout, `${describeBuild(report, (performance.now() - started) / 1000)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof BuildError ? error.message : `error: the build failed: ${error instanceof Error ? error.message : String(error)}`;
    await writeWhole(process.stderr, `${message}\n`);
    return 1;
  }
}

/**
 * Resolves once the text has left the process. On a pipe, Node writes asynchronously once the pipe is full; exiting
 * before then cut 5,000 error lines at the 810th (64 KiB), so the exit waits for this.
 */
function writeWhole(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done) => stream.write(text, () => done()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await runBuild());
