// `npm run build`: lists the article folders in threads of their own while the build's modules load, then builds
// (build-site.ts). At 100,000 articles the listing takes about a second (two lstat a folder): split between two
// threads, one a core, a rebuild after one change waits for half of it.
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { joinListings, type PackedListing } from './article-sources.ts';
import type { ListFoldersTask } from './list-folders-task.ts';
import { runnableModule } from './runnable-module.ts';
import { defaultPoolSize } from './worker-pool.ts';

const projectDir = resolve(import.meta.dirname, '../..');
const articlesDir = resolve(process.env.LISEUSE_ARTICLES_DIR ?? join(projectDir, 'src/content/articles'));

function listPart(part: number, parts: number): Promise<PackedListing> {
  const lister = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { module: runnableModule(new URL('./list-folders-task.ts', import.meta.url)) } });
  const listed = new Promise<PackedListing>((resolveListing, reject) => {
    lister.once('message', (answer: { ok: true; value: PackedListing } | { ok: false; error: string }) => (answer.ok ? resolveListing(answer.value) : reject(new Error(answer.error))));
    lister.once('error', reject);
  }).finally(() => lister.terminate());
  lister.postMessage({ projectDir, articlesDir, part, parts } satisfies ListFoldersTask);
  return listed;
}

const parts = defaultPoolSize();
const listed = Promise.all(Array.from({ length: parts }, (_, part) => listPart(part, parts))).then((packed) => joinListings(articlesDir, packed));
// Handled where the build awaits it; until then a failure must not end the process as an unhandled rejection.
listed.catch(() => {});

const { runBuild } = await import('./build-site.ts');
process.exit(await runBuild(listed));
