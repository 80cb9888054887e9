// What a link preview and a search engine read of a page, and that no article text can break out of it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pageHead } from '../../scripts/build/page-head';
import type { ArticlePage } from '../../src/content/article-page';
import type { PageData } from '../../src/content/page-data';

const hostilePage: ArticlePage = {
  slug: 'piege',
  path: '/articles/piege/',
  title: 'Titre </script><script>alert(1)</script> & « guillemets »',
  description: 'Une "description" <img src=x onerror=alert(1)>',
  source: 'exemple.fr',
  contributors: ['Libby Cathey'],
  publishedAt: '2021-07-26',
  publishedLabel: '26 juillet 2021',
  readingMinutes: 3,
  sections: [],
  quotes: [],
  events: [],
};

function headOf(page: ArticlePage | null) {
  const data: PageData = page ? { kind: 'article', article: page, moreToRead: [] } : { kind: 'not-found', moreToRead: [] };
  const html = `<!doctype html><html><head>${pageHead({ data, siteUrl: 'https://liseuse.example', contentSecurityPolicy: "default-src 'self'" })}</head><body></body></html>`;
  return new JSDOM(html).window.document;
}

describe('page head', () => {
  it('gives title, description, canonical link and previews, with the article text kept literally', () => {
    const document = headOf(hostilePage);
    expect(document.title).toBe('Titre </script><script>alert(1)</script> & « guillemets » — Liseuse');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(hostilePage.description);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://liseuse.example/articles/piege/');
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(hostilePage.title);
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('writes NewsArticle JSON-LD that parses back to the article, whatever its text holds', () => {
    const document = headOf(hostilePage);
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent ?? '');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: hostilePage.title,
      author: [{ '@type': 'Person', name: 'Libby Cathey' }],
      publisher: { '@type': 'Organization', name: 'exemple.fr' },
      datePublished: '2021-07-26',
      inLanguage: 'fr',
    });
  });

  it('keeps the not-found page out of search results', () => {
    const document = headOf(null);
    expect(document.title).toBe('Page introuvable — Liseuse');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
  });
});
