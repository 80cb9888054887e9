// `npm run build`: lists the article folders in a thread of its own while the build's modules load, then builds
// (build-site.ts). At 100,000 articles each takes most of a second (two lstat a folder; tsx compiling and loading a
// few hundred modules): side by side on two cores, a rebuild after one change waits for the longer, not for both.
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import type { ListedFolders } from './article-sources.ts';
import type { ListFoldersTask } from './list-folders-task.ts';
import { runnableModule } from './runnable-module.ts';

const projectDir = resolve(import.meta.dirname, '../..');
const articlesDir = resolve(process.env.LISEUSE_ARTICLES_DIR ?? join(projectDir, 'src/content/articles'));

const lister = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { module: runnableModule(new URL('./list-folders-task.ts', import.meta.url)) } });
const listed = new Promise<ListedFolders>((resolveListing, reject) => {
  lister.once('message', (answer: { ok: true; value: ListedFolders } | { ok: false; error: string }) => (answer.ok ? resolveListing(answer.value) : reject(new Error(answer.error))));
  lister.once('error', reject);
}).finally(() => lister.terminate());
// Handled where the build awaits it; until then a failure must not end the process as an unhandled rejection.
listed.catch(() => {});
lister.postMessage({ projectDir, articlesDir } satisfies ListFoldersTask);

const { runBuild } = await import('./build-site.ts');
process.exit(await runBuild(listed));
