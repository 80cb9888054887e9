// What the pages that list articles (the sitemap, the front page, the archive, what to read next) know of each one,
// kept for every article in memory and between builds, so that listing 100,000 articles needs none of their pages.
export type { ArticleSummary } from '../../src/content/page-data.ts';
export { summarizeArticle as summarize } from '../../src/content/site-listing.ts';
