// What a printed article carries at its top: where it was read (the address) and where it comes from (date, source).
// Written outside the app's root, so hydration never sees it, and shown only on paper (the .print-only class).
import type { ArticlePage } from '../../src/content/article-page.ts';
import { dateLabel } from '../../src/parser/events/event-label.ts';
import { escapeText } from './page-head.ts';

/** "Publié le 26 juillet 2021 · abcnews.go.com" then the page's lasting address, or "" for a page with no article. */
export function printHeading(page: ArticlePage | null, siteUrl: string): string {
  if (!page) return '';
  const published = page.publishedAt ? dateLabel(page.publishedAt.slice(0, 10)) : null;
  const origin = [
    published ? `Publié le ${published}` : null,
    page.source,
  ].filter((part): part is string => Boolean(part));
  const lines = [`<p>${escapeText(`${siteUrl}${page.path}`)}</p>`];
  if (origin.length > 0) lines.unshift(`<p>${escapeText(origin.join(' · '))}</p>`);
  return `<div class="print-only print-heading">${lines.join('')}</div>`;
}
