// Writes the front page ("/": the featured article and the newest ones) and every page of the archive ("/articles/").
import { archivePages, frontPageData } from '../../src/content/site-listing.ts';
import type { BuildStep } from './build-step.ts';
import { writePage } from './write-page.ts';

export const listingPages: BuildStep = {
  name: 'the front page and the archive',
  async run(site) {
    const { sorted, featured } = site.listing;
    await writePage(site, '/', frontPageData(sorted, featured));
    for (const { path, data } of archivePages(sorted)) await writePage(site, path, data);
  },
};
