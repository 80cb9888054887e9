// The service worker that lets a reader reopen, offline, every article they have opened (a train, a plane), and the
// app's files it needs. Workbox's generateSW writes it (dist/sw.js); the page's starter registers it after load.
import { readFileSync } from 'node:fs';
import type { BuildStep } from './build-step.ts';
import { precompressWritten } from './precompress.ts';
import { DATA_CACHE, PAGES_CACHE, SERVICE_WORKER_PATH } from './first-paint-starter.ts';

export const offlineReading: BuildStep = {
  name: 'the service worker for offline reading',
  // The app's files only, never the articles: it is written again when the bundle or the build's code changes.
  reads: 'nothing of the articles',
  dependsOn: () => null,
  async run(site) {
    // Loaded only when the worker is written: Workbox brings a bundler with it, and most builds do not need it.
    const { generateSW } = await import('workbox-build');
    const { warnings } = await generateSW({
      swDest: `${site.options.outDir}${SERVICE_WORKER_PATH}`,
      globDirectory: site.options.outDir,
      // The app's shell only, each file with its revision: a new build replaces exactly what changed. Never the
      // article pages: the archive may hold 100,000 of them, and a page kept here could outlive its correction.
      globPatterns: ['assets/**/*.js', 'favicon.svg', 'manifest.webmanifest', 'icons/*.{svg,png}'],
      // Hashed names already say their revision.
      dontCacheBustURLsMatching: /^assets\//,
      // Pages: the network first, so that a reader online always gets the latest edition of an article; the copy
      // kept from their last visit only when the network fails. Each page a reader opens is kept this way.
      runtimeCaching: [
        { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: PAGES_CACHE } },
        {
          urlPattern: ({ request, url }) => request.destination === '' && url.pathname.endsWith('.json'),
          handler: 'NetworkFirst',
          options: { cacheName: DATA_CACHE },
        },
      ],
      // A new build's worker takes over at once and drops the files of the previous build.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // One file, allowed by the policy's script-src 'self' like any script of the site; no request to a CDN.
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
    });
    for (const warning of warnings) console.warn(`service worker: ${warning}`);
    const file = `${site.options.outDir}${SERVICE_WORKER_PATH}`;
    precompressWritten(file, readFileSync(file));
  },
};
