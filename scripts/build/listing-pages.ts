// Writes the front page ("/": the featured article and the newest ones) and every page of the archive ("/articles/").
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { archivePages, frontPageData } from '../../src/content/site-listing.ts';
import type { BuildStep } from './build-step.ts';
import { givenPage } from './article-pages.ts';

export const listingPages: BuildStep = {
  name: 'the front page and the archive',
  // What they show: every article's summary, in order, and which is featured.
  reads: 'summaries',
  dependsOn: (site) => ({ sorted: site.listing.sorted, featured: site.listing.featured.slug }),
  async run(site) {
    const { sorted, featured } = site.listing;
    const archive = archivePages(sorted);
    await site.renderPages([givenPage('/', frontPageData(sorted, featured)), ...archive.map(({ path, data }) => givenPage(path, data))]);
    // Fewer articles than at the last build: the archive's last pages go (an incremental build keeps the folder).
    const pagesDir = join(site.options.outDir, 'articles/pages');
    if (existsSync(pagesDir)) for (const name of readdirSync(pagesDir)) if (!(Number(name) <= archive.length)) rmSync(join(pagesDir, name), { recursive: true, force: true });
  },
};
