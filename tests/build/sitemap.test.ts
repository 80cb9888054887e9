// sitemap.xml follows the sitemap protocol: at most 50,000 addresses a file, an index of numbered sitemaps past it.
import { describe, expect, it } from 'vitest';
import { SITEMAP_MAX_URLS, sitemapFiles } from '../../scripts/build/sitemap';

const SITE = 'https://liseuse.example';
const articles = (count: number) => Array.from({ length: count }, (_, index) => ({ path: `/articles/a-${index + 1}/`, publishedAt: '2021-07-26' }));
const locs = (xml: string | undefined) => [...(xml ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('sitemap files', () => {
  it('is one sitemap.xml while the archive fits in one', () => {
    const files = sitemapFiles(SITE, articles(3), 3);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(locs(files.get('sitemap.xml'))).toEqual([`${SITE}/articles/a-1/`, `${SITE}/articles/a-2/`, `${SITE}/articles/a-3/`]);
  });

  it('past the limit, sitemap.xml is an index of numbered sitemaps that list every article once, each within the limit', () => {
    const files = sitemapFiles(SITE, articles(5), 2);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(locs(files.get('sitemap.xml'))).toEqual([`${SITE}/sitemap-1.xml`, `${SITE}/sitemap-2.xml`, `${SITE}/sitemap-3.xml`]);
    const listed = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].flatMap((part) => locs(files.get(part)));
    expect(listed).toEqual(articles(5).map((article) => SITE + article.path));
    for (const part of ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']) expect(locs(files.get(part)).length).toBeLessThanOrEqual(2);
  });

  it('keeps the protocol’s limit of 50,000 addresses a file', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    const files = sitemapFiles(SITE, articles(SITEMAP_MAX_URLS + 1));
    expect(files.size).toBe(3);
    expect(locs(files.get('sitemap-1.xml'))).toHaveLength(SITEMAP_MAX_URLS);
    expect(locs(files.get('sitemap-2.xml'))).toHaveLength(1);
  });
});
