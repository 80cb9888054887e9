// `npm run bench:search -- [SITE] [WORD…]`: what a reader's search costs on a built site (dist/ unless given): the
// shards the search page opens, then each query, with the requests, bytes and time over loopback, as the search page
// does it (src/features/search/search-index.ts). It passes or fails on nothing.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './serve-static.ts';
import { openSearchIndex, searchArticlesIn, type Pagefind } from '../src/features/search/search-index.ts';
import { SEARCH_SEGMENTS_FILE, type SearchSegments } from '../src/features/search/search-segments.ts';

const [siteArgument, ...words] = process.argv.slice(2);
const siteDir = resolve(siteArgument ?? join(import.meta.dirname, '../dist'));
const queries = words.length > 0 ? words : ['Irak', 'combat', 'ornithorynque'];

const server = await serveStatic(siteDir, 0, '127.0.0.1');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// Every request Pagefind makes, counted with the bytes it received.
let requests = 0;
let bytes = 0;
const fetchAsTheSiteServes = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const response = await fetchAsTheSiteServes(input, init);
  requests += 1;
  bytes += (await response.clone().arrayBuffer()).byteLength;
  return response;
};
const measured = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  requests = 0;
  bytes = 0;
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(40)}${`${requests} requests`.padStart(14)}${`${Math.round(bytes / 1024)} KB`.padStart(10)}${`${Math.round(performance.now() - started)} ms`.padStart(10)}`);
  return result;
};

const segments = JSON.parse(readFileSync(join(siteDir, SEARCH_SEGMENTS_FILE), 'utf8')) as SearchSegments;
const pagefind = (await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href)) as Pagefind;
console.log(`Search on ${siteDir}: ${segments.shards.length + 1} shards${segments.delta ? ' and a delta' : ''}`);
const index = await measured('opening the search (every shard)', () => openSearchIndex(pagefind, segments, origin));
for (const query of queries) {
  const answer = await measured(`"${query}"`, () => searchArticlesIn(index, query));
  console.log(`    ${answer.total.toLocaleString('en')} articles found, ${answer.hits.length} shown`);
}
server.close();
process.exit(0);
