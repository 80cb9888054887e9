// Writes the front page ("/": the featured article and the newest ones) and every page of the archive ("/articles/").
import { archivePages, frontPageData } from '../../src/content/site-listing.ts';
import type { BuildStep } from './build-step.ts';
import { givenPage } from './article-pages.ts';

export const listingPages: BuildStep = {
  name: 'the front page and the archive',
  // What they show: every article's summary, in order, and which is featured.
  dependsOn: (site) => ({ sorted: site.listing.sorted, featured: site.listing.featured.slug }),
  async run(site) {
    const { sorted, featured } = site.listing;
    await site.renderPages([givenPage('/', frontPageData(sorted, featured)), ...archivePages(sorted).map(({ path, data }) => givenPage(path, data))]);
  },
};
