// sitemap.xml and robots.txt: every article at its lasting address, so that search engines find the ones no page links to.
import type { ArticlePage } from '../../src/content/article-page.ts';
import { escapeText } from './page-head.ts';

/** What the sitemap says of an article. */
export type SitemapEntry = Pick<ArticlePage, 'path' | 'publishedAt'>;

/** The sitemap protocol's limit: a sitemap lists at most 50,000 addresses; past it, a sitemap index lists sitemaps. */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAPS_XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The numbered sitemaps an index points to: "sitemap-1.xml", "sitemap-2.xml"… */
export const sitemapPart = (number: number) => `sitemap-${number}.xml`;

/**
 * The sitemap files of the site, by path: `sitemap.xml` alone while the archive fits in one; past
 * SITEMAP_MAX_URLS articles, `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`…, each within the limit.
 */
export function sitemapFiles(siteUrl: string, articles: readonly SitemapEntry[], maxUrls = SITEMAP_MAX_URLS): Map<string, string> {
  if (articles.length <= maxUrls) return new Map([['sitemap.xml', sitemap(siteUrl, articles)]]);
  const files = new Map<string, string>();
  const index = ['<?xml version="1.0" encoding="UTF-8"?>', `<sitemapindex xmlns="${SITEMAPS_XMLNS}">`];
  for (let from = 0, number = 1; from < articles.length; from += maxUrls, number++) {
    files.set(sitemapPart(number), sitemap(siteUrl, articles.slice(from, from + maxUrls)));
    index.push(`  <sitemap><loc>${escapeText(`${siteUrl}/${sitemapPart(number)}`)}</loc></sitemap>`);
  }
  index.push('</sitemapindex>', '');
  files.set('sitemap.xml', index.join('\n'));
  return files;
}

export function sitemap(siteUrl: string, articles: Iterable<SitemapEntry>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="${SITEMAPS_XMLNS}">`];
  for (const article of articles) {
    const modified = article.publishedAt ? `<lastmod>${escapeText(article.publishedAt)}</lastmod>` : '';
    lines.push(`  <url><loc>${escapeText(siteUrl + article.path)}</loc>${modified}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
