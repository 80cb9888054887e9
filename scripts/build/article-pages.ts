// The pages rendered by the app that are not article pages: 404.html, and the page job for any page whose data the
// build gives whole. The article pages themselves are written incrementally by build-site.ts, one for each changed
// article or each article whose neighbours (what to read next) or linked teasers changed.
import { notFoundPageData } from '../../src/content/site-listing.ts';
import type { PageData } from '../../src/content/page-data.ts';
import type { BuildStep } from './build-step.ts';
import { dataFileOf, type PageJob } from './build-worker.ts';

/** A page at `urlPath` with the data given, its HTML at its folder's index.html and its data.json beside it. */
export function givenPage(urlPath: string, data: PageData, contentSecurityPolicy?: string): PageJob {
  return { urlPath, file: `${urlPath.slice(1)}index.html`, data: { kind: 'given', data }, dataFile: dataFileOf(urlPath), contentSecurityPolicy };
}

/** The not-found page's data file, as src/app/fetch-page-data.ts asks for it (its route is NOT_FOUND_PATH, "/404"). */
const NOT_FOUND_DATA_FILE = '404/data.json';

export const notFoundPage: BuildStep = {
  name: 'the not-found page',
  // It offers the featured article and the newest others.
  reads: 'summaries',
  dependsOn: (site) => notFoundPageData(site.listing.sorted, site.listing.featured),
  // Its data.json too: a client-side navigation to an address with no data file shows the not-found page's.
  run: (site) => site.renderPages([{ urlPath: null, file: '404.html', data: { kind: 'given', data: notFoundPageData(site.listing.sorted, site.listing.featured) }, dataFile: NOT_FOUND_DATA_FILE }]),
};
