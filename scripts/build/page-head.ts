// The <head> of a built page: title, description, canonical link, link previews (Open Graph, Twitter), JSON-LD, CSP.
import type { ArticlePage } from '../../src/content/article-page.ts';
import { jsonForScriptElement } from '../../src/app/page-data-element.ts';

export interface HeadInput {
  /** The article shown, or null for the not-found page. */
  page: ArticlePage | null;
  /** The site's public origin, with no trailing slash: "https://liseuse.example". */
  siteUrl: string;
  contentSecurityPolicy: string;
}

const SITE_NAME = 'Liseuse';

export function pageHead({ page, siteUrl, contentSecurityPolicy }: HeadInput): string {
  const tags = [`<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy)}" />`];
  if (!page) {
    tags.push(
      `<title>Page introuvable — ${SITE_NAME}</title>`,
      `<meta name="description" content="Aucun article ne se trouve à cette adresse." />`,
      `<meta name="robots" content="noindex" />`,
    );
    return tags.join('\n    ');
  }
  const url = `${siteUrl}${page.path}`;
  const title = plain(page.title);
  tags.push(
    `<title>${escapeText(title)} — ${SITE_NAME}</title>`,
    `<meta name="description" content="${escapeAttribute(page.description)}" />`,
    `<link rel="canonical" href="${escapeAttribute(url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    `<meta property="og:title" content="${escapeAttribute(title)}" />`,
    `<meta property="og:description" content="${escapeAttribute(page.description)}" />`,
    `<meta property="og:url" content="${escapeAttribute(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeAttribute(title)}" />`,
    `<meta name="twitter:description" content="${escapeAttribute(page.description)}" />`,
  );
  if (page.publishedAt) tags.push(`<meta property="article:published_time" content="${escapeAttribute(page.publishedAt)}" />`);
  tags.push(`<script type="application/ld+json">${jsonForScriptElement(newsArticle(page, url, title))}</script>`);
  return tags.join('\n    ');
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

/** Display spacing (narrow no-break spaces) reads oddly in a browser tab and a link preview: plain spaces there. */
function plain(value: string): string {
  return value.replace(/[\u202f\u00a0]/g, ' ');
}

/** Text for HTML (or XML) element content: written as is, never read as markup. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
