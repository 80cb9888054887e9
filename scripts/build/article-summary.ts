// What the pages that list articles (the sitemap; a front page, an archive, a search index) know of each one, kept
// for every article in memory and between builds, so that listing 100,000 articles needs none of their pages.
import type { ArticlePage } from '../../src/content/article-page.ts';

export type ArticleSummary = Pick<ArticlePage, 'slug' | 'path' | 'title' | 'description' | 'publishedAt' | 'readingMinutes' | 'source' | 'contributors'>;

export function summarize(page: ArticlePage): ArticleSummary {
  const { slug, path, title, description, publishedAt, readingMinutes, source, contributors } = page;
  return { slug, path, title, description, publishedAt, readingMinutes, source, contributors };
}
