// sitemap.xml and robots.txt: every article at its lasting address, so that search engines find the ones no page links to.
import type { ArticlePage } from '../../src/content/article-page.ts';
import { escapeText } from './page-head.ts';

/** What the sitemap says of an article. */
export type SitemapEntry = Pick<ArticlePage, 'path' | 'publishedAt'>;

export function sitemap(siteUrl: string, articles: Iterable<SitemapEntry>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
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
