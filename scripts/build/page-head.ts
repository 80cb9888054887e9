// The <head> of a built page: title, description, canonical link, link previews (Open Graph, Twitter), JSON-LD, CSP.
import type { ArticlePage } from '../../src/content/article-page.ts';
import { archivePath, type PageData } from '../../src/content/page-data.ts';
import { documentTitle, plainSpaces, SITE_NAME } from '../../src/app/document-title.ts';

export interface HeadInput {
  /** The page's data: an article, the front page, a page of the archive, search, or not found. */
  data: PageData;
  /** The site's public origin, with no trailing slash: "https://liseuse.example". */
  siteUrl: string;
  contentSecurityPolicy: string;
}

/** What the front page and the archive say of themselves in link previews and search engines' results. */
const LISTING_DESCRIPTION = 'Des articles à lire, à citer et à partager, du plus récent au plus ancien.';

export function pageHead({ data, siteUrl, contentSecurityPolicy }: HeadInput): string {
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy)}" />`,
    `<title>${escapeText(documentTitle(data))}</title>`,
  ];
  switch (data.kind) {
    case 'article':
      return [...tags, ...articleTags(data.article, siteUrl)].join('\n    ');
    case 'front-page':
    case 'archive': {
      const url = `${siteUrl}${data.kind === 'archive' ? archivePath(data.pageNumber) : '/'}`;
      tags.push(`<meta name="description" content="${LISTING_DESCRIPTION}" />`, ...linkPreview('website', url));
      break;
    }
    case 'search':
      tags.push(`<meta name="description" content="Rechercher dans tous les articles." />`, `<meta name="robots" content="noindex" />`);
      break;
    case 'not-found':
      tags.push(`<meta name="description" content="Aucun article ne se trouve à cette adresse." />`, `<meta name="robots" content="noindex" />`);
      break;
  }
  return tags.join('\n    ');
}

/** The canonical address and what every link preview of the site says. */
function linkPreview(type: 'article' | 'website', url: string): string[] {
  return [
    `<link rel="canonical" href="${escapeAttribute(url)}" />`,
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    `<meta property="og:url" content="${escapeAttribute(url)}" />`,
  ];
}

function articleTags(page: ArticlePage, siteUrl: string): string[] {
  const url = `${siteUrl}${page.path}`;
  const title = plainSpaces(page.title);
  const tags = [
    `<meta name="description" content="${escapeAttribute(page.description)}" />`,
    ...linkPreview('article', url),
    `<meta property="og:title" content="${escapeAttribute(title)}" />`,
    `<meta property="og:description" content="${escapeAttribute(page.description)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeAttribute(title)}" />`,
    `<meta name="twitter:description" content="${escapeAttribute(page.description)}" />`,
  ];
  if (page.publishedAt) tags.push(`<meta property="article:published_time" content="${escapeAttribute(page.publishedAt)}" />`);
  tags.push(`<script type="application/ld+json">${jsonForScriptElement(newsArticle(page, url, title))}</script>`);
  return tags;
}

function newsArticle(page: ArticlePage, url: string, title: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: page.description,
    inLanguage: 'fr',
    url,
    mainEntityOfPage: url,
    ...(page.contributors.length > 0 && { author: page.contributors.map((name) => ({ '@type': 'Person', name })) }),
    ...(page.source && { publisher: { '@type': 'Organization', name: page.source, url: `https://${page.source}` } }),
    ...(page.publishedAt && { datePublished: page.publishedAt }),
  };
}

/** Text for HTML (or XML) element content: written as is, never read as markup. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON inside a <script> element: "<" is escaped so that no text ("</script>", "<!--") can end the element early. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
