// What the build knows once it has every article: which is featured, their order, the front page, the archive, what
// to read after each article, and which "PLUS :" teasers name an article of the site.
import type { ArticlePage, PageSection } from './article-page';
import { archivePath, type ArchivePageData, type ArticlePageData, type ArticleSummary, type FrontPageData, type NotFoundPageData, type PageData } from './page-data';

/** The front page shows the featured article and this many more; a front page of every article would never end. */
export const FRONT_PAGE_LATEST = 12;
/** Articles on one page of the archive: a long but quick page, about 25 KB of HTML. */
export const ARCHIVE_PAGE_SIZE = 50;
/** Articles offered at the end of an article and on the not-found page. */
export const MORE_TO_READ = 3;

export function summarizeArticle(page: ArticlePage): ArticleSummary {
  const { slug, path, title, description, source, contributors, publishedAt, publishedLabel, readingMinutes } = page;
  return { slug, path, title, description, source, contributors, publishedAt, publishedLabel, readingMinutes };
}

/** Newest first; articles with no known date after the dated ones, in address order, so that the order is stable. */
export function newestFirst<T extends Pick<ArticleSummary, 'slug' | 'publishedAt'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.publishedAt !== b.publishedAt) {
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      return a.publishedAt < b.publishedAt ? 1 : -1;
    }
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  });
}

/** The edition's default article; with none, the newest. `sorted` is newest first. */
export function featuredArticle(sorted: readonly ArticleSummary[], defaultSlug: string | null): ArticleSummary {
  const featured = (defaultSlug && sorted.find((article) => article.slug === defaultSlug)) || sorted[0];
  if (!featured) throw new Error('the site has no article to feature');
  return featured;
}

export function frontPageData(sorted: readonly ArticleSummary[], featured: ArticleSummary): FrontPageData {
  return {
    kind: 'front-page',
    featured,
    latest: sorted.filter((article) => article.slug !== featured.slug).slice(0, FRONT_PAGE_LATEST),
    articleCount: sorted.length,
  };
}

/** Every page of the archive, with its address. */
export function archivePages(sorted: readonly ArticleSummary[]): { path: string; data: ArchivePageData }[] {
  const pageCount = Math.max(1, Math.ceil(sorted.length / ARCHIVE_PAGE_SIZE));
  return Array.from({ length: pageCount }, (_, index) => ({
    path: archivePath(index + 1),
    data: {
      kind: 'archive',
      pageNumber: index + 1,
      pageCount,
      articleCount: sorted.length,
      articles: sorted.slice(index * ARCHIVE_PAGE_SIZE, (index + 1) * ARCHIVE_PAGE_SIZE),
    },
  }));
}

/**
 * What to offer after an article: the featured one, then its neighbours in time (the next newer, the next older), so
 * that a reader can walk the archive from any article. `position` is the article's index in `sorted`.
 */
export function moreToRead(sorted: readonly ArticleSummary[], featured: ArticleSummary, position: number): ArticleSummary[] {
  const current = sorted[position];
  const candidates = [featured, sorted[position - 1], sorted[position + 1], sorted[position + 2], sorted[position - 2]];
  const chosen: ArticleSummary[] = [];
  for (const candidate of candidates) {
    if (!candidate || candidate.slug === current?.slug || chosen.some((article) => article.slug === candidate.slug)) continue;
    chosen.push(candidate);
    if (chosen.length === MORE_TO_READ) break;
  }
  return chosen;
}

export function notFoundPageData(sorted: readonly ArticleSummary[], featured: ArticleSummary): NotFoundPageData {
  return { kind: 'not-found', moreToRead: [featured, ...sorted.filter((article) => article.slug !== featured.slug)].slice(0, MORE_TO_READ) };
}

/** The key two titles share when they name the same article: case, accents, quote marks, spacing and punctuation set aside. */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every article's address by its title's key, to find the article a teaser names. */
export function articlesByTitle(articles: readonly Pick<ArticleSummary, 'title' | 'path'>[]): Map<string, string> {
  const byTitle = new Map<string, string>();
  for (const { title, path } of articles) if (!byTitle.has(titleKey(title))) byTitle.set(titleKey(title), path);
  return byTitle;
}

/** The article's sections with each "PLUS :" teaser that names another article of the site linked to it. */
export function linkTeasers(page: ArticlePage, byTitle: ReadonlyMap<string, string>): PageSection[] {
  return page.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) => {
      if (block.kind !== 'related') return block;
      const path = byTitle.get(titleKey(block.title));
      return path && path !== page.path ? { ...block, path } : block;
    }),
  }));
}

/** Everything the listings need, worked out once for the whole site. */
export interface SiteListing {
  /** Every article, newest first. */
  sorted: ArticleSummary[];
  featured: ArticleSummary;
  /** Each article's index in `sorted`, by slug. */
  positions: Map<string, number>;
  byTitle: Map<string, string>;
}

export function listSite(pages: readonly ArticlePage[], defaultSlug: string | null): SiteListing {
  const sorted = newestFirst(pages.map(summarizeArticle));
  return {
    sorted,
    featured: featuredArticle(sorted, defaultSlug),
    positions: new Map(sorted.map((article, index) => [article.slug, index])),
    byTitle: articlesByTitle(sorted),
  };
}

/** An article's page: its teasers linked where they name an article of the site, and what to read after it. */
export function articlePageData(page: ArticlePage, listing: SiteListing): ArticlePageData {
  return {
    kind: 'article',
    article: { ...page, sections: linkTeasers(page, listing.byTitle) },
    moreToRead: moreToRead(listing.sorted, listing.featured, listing.positions.get(page.slug) ?? -1),
  };
}

/** The data of the page at any address (for the development server, which has no files written). */
export function pageDataAt(path: string, pages: readonly ArticlePage[], listing: SiteListing): PageData {
  const folder = path.endsWith('/') ? path : `${path}/`;
  if (folder === '/') return frontPageData(listing.sorted, listing.featured);
  if (folder === '/recherche/') return { kind: 'search' };
  const archive = archivePages(listing.sorted).find((candidate) => candidate.path === folder);
  if (archive) return archive.data;
  const page = pages.find((candidate) => candidate.path === folder);
  return page ? articlePageData(page, listing) : notFoundPageData(listing.sorted, listing.featured);
}
