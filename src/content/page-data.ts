// What each kind of page receives: one article with what to read next, the front page, a page of the archive, or
// "not found". The build writes each as the page's own JSON (in its HTML, and as a file for client-side navigation).
import type { ArticlePage } from './article-page';

/** An article as the lists show it: enough to choose it (the description is the edition's, else the opening of the
 *  first paragraph), nothing of its text. */
export type ArticleSummary = Pick<
  ArticlePage,
  'slug' | 'path' | 'title' | 'description' | 'source' | 'contributors' | 'publishedAt' | 'publishedLabel' | 'readingMinutes'
>;

export interface ArticlePageData {
  kind: 'article';
  article: ArticlePage;
  /** Other articles of the site, offered at the end of this one. */
  moreToRead: ArticleSummary[];
}

export interface FrontPageData {
  kind: 'front-page';
  featured: ArticleSummary;
  /** The newest articles after the featured one, newest first; the archive has the rest. */
  latest: ArticleSummary[];
  articleCount: number;
}

export interface ArchivePageData {
  kind: 'archive';
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  articleCount: number;
  /** Newest first. */
  articles: ArticleSummary[];
}

export interface NotFoundPageData {
  kind: 'not-found';
  moreToRead: ArticleSummary[];
}

/** The search page: its results come from the search index in the browser, not from the build. */
export interface SearchPageData {
  kind: 'search';
}

export type PageData = ArticlePageData | FrontPageData | ArchivePageData | NotFoundPageData | SearchPageData;

/** The address of a page's data file: "/articles/x/" → "/articles/x/data.json", "/" → "/data.json". */
export function dataFilePath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}data.json`;
}

/** The archive's pages: "/articles/" first, then "/articles/pages/2/"… (an article's slug is one segment, so no
 *  article address can take one of these). */
export function archivePath(pageNumber: number): string {
  return pageNumber <= 1 ? '/articles/' : `/articles/pages/${pageNumber}/`;
}
