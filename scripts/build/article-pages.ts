// Writes a page for every article at its lasting address (with what to read next, and its teasers linked), and 404.html.
import { articlePageData, notFoundPageData } from '../../src/content/site-listing.ts';
import type { BuildStep } from './build-step.ts';
import { writePage } from './write-page.ts';

export const articlePages: BuildStep = {
  name: 'the article pages',
  async run(site) {
    // One article at a time: its page needs only the site's listing besides its own data.
    for (const page of site.content.pages) await writePage(site, page.path, articlePageData(page, site.listing));
  },
};

export const notFoundPage: BuildStep = {
  name: 'the not-found page',
  run: (site) => writePage(site, site.renderer.NOT_FOUND_PATH, notFoundPageData(site.listing.sorted, site.listing.featured), { file: '404.html' }),
};
