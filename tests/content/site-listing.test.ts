// What the build works out from every article: the order, the featured article, the archive's pages, what to read
// next, and which teasers name an article of the site.
import { describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../src/content/article-page';
import type { ArticleSummary } from '../../src/content/page-data';
import {
  ARCHIVE_PAGE_SIZE,
  FRONT_PAGE_LATEST,
  archivePages,
  articlePageData,
  frontPageData,
  listSite,
  moreToRead,
  newestFirst,
  notFoundPageData,
  titleKey,
} from '../../src/content/site-listing';

function summary(slug: string, publishedAt: string | null): ArticleSummary {
  return { slug, path: `/articles/${slug}/`, title: `Titre ${slug}`, description: '', source: null, contributors: [], publishedAt, publishedLabel: null, readingMinutes: 1 };
}

function page(slug: string, title: string, publishedAt: string | null, teaser?: string): ArticlePage {
  return {
    ...summary(slug, publishedAt),
    title,
    sections: [{ heading: null, blocks: teaser ? [{ kind: 'related', id: `plus-${slug}`, title: teaser }] : [] }],
    quotes: [],
    events: [],
  };
}

describe('the order of the lists', () => {
  it('is newest first, date-times and dates alike, with undated articles last in address order', () => {
    const sorted = newestFirst([summary('b-sans-date', null), summary('vieux', '2019-05-01'), summary('a-sans-date', null), summary('recent', '2022-04-02T08:00:00+02:00'), summary('moyen', '2021-07-26')]);
    expect(sorted.map((article) => article.slug)).toEqual(['recent', 'moyen', 'vieux', 'a-sans-date', 'b-sans-date']);
  });

  it('features the edition\'s default article, or the newest when no edition says default', () => {
    const pages = [page('vieux', 'Vieux', '2019-05-01'), page('recent', 'Récent', '2022-04-02')];
    expect(listSite(pages, 'vieux').featured.slug).toBe('vieux');
    expect(listSite(pages, null).featured.slug).toBe('recent');
  });
});

describe('the front page and the archive', () => {
  const many = Array.from({ length: 120 }, (_, index) => summary(`article-${index}`, `2020-01-01T00:00:${String(index % 60).padStart(2, '0')}Z`));
  const sorted = newestFirst(many);

  it('shows the featured article and the newest others, not the whole archive', () => {
    const front = frontPageData(sorted, sorted[5]!);
    expect(front.featured.slug).toBe(sorted[5]!.slug);
    expect(front.latest).toHaveLength(FRONT_PAGE_LATEST);
    expect(front.latest.map((article) => article.slug)).not.toContain(sorted[5]!.slug);
    expect(front.articleCount).toBe(120);
  });

  it('cuts the archive into pages at their addresses, every article once, in order', () => {
    const pages = archivePages(sorted);
    expect(pages.map((archive) => archive.path)).toEqual(['/articles/', '/articles/pages/2/', '/articles/pages/3/']);
    expect(pages.map((archive) => archive.data.articles.length)).toEqual([ARCHIVE_PAGE_SIZE, ARCHIVE_PAGE_SIZE, 120 - 2 * ARCHIVE_PAGE_SIZE]);
    expect(pages.flatMap((archive) => archive.data.articles)).toEqual(sorted);
    expect(pages[2]!.data).toMatchObject({ pageNumber: 3, pageCount: 3, articleCount: 120 });
  });
});

describe('what to read next', () => {
  const sorted = newestFirst(['a', 'b', 'c', 'd', 'e'].map((slug, index) => summary(slug, `2020-01-0${5 - index}`)));

  it('offers the featured article and the neighbours in time, never the article itself', () => {
    expect(moreToRead(sorted, sorted[0]!, 2).map((article) => article.slug)).toEqual(['a', 'b', 'd']);
    expect(moreToRead(sorted, sorted[0]!, 0).map((article) => article.slug)).toEqual(['b', 'c']);
    expect(notFoundPageData(sorted, sorted[3]!).moreToRead.map((article) => article.slug)).toEqual(['d', 'a', 'b']);
  });
});

describe('teasers that name an article of the site', () => {
  it('match titles whatever their case, accents, quote marks and spacing', () => {
    expect(titleKey('La médiathèque de la Part-Dieu rouvre')).toBe(titleKey('LA MEDIATHEQUE  de la Part‑Dieu rouvre…'));
    expect(titleKey('L’Irak et « la mission »')).toBe(titleKey("L'Irak et \"la mission\""));
    expect(titleKey('La médiathèque rouvre')).not.toBe(titleKey('La médiathèque ferme'));
  });

  it('link to that article, and stay text when they name none (or the article itself)', () => {
    const pages = [
      page('mediatheque', 'La médiathèque de la Part-Dieu rouvre', '2022-03-12', 'Les bibliothèques ouvriront le dimanche'),
      page('bibliotheques', 'Les bibliothèques ouvriront le dimanche', '2022-04-02', 'La médiathèque de la Part‑Dieu rouvre'),
      page('seule', 'Un article seul', '2021-01-01', 'Un article seul'),
      page('autre', 'Un autre', null, 'Un titre qui n’est pas sur le site'),
    ];
    const listing = listSite(pages, null);
    const teaserOf = (index: number) => articlePageData(pages[index]!, listing).article.sections[0]!.blocks[0]!;
    expect(teaserOf(0)).toMatchObject({ kind: 'related', path: '/articles/bibliotheques/' });
    expect(teaserOf(1)).toMatchObject({ kind: 'related', path: '/articles/mediatheque/' });
    expect(teaserOf(2)).not.toHaveProperty('path');
    expect(teaserOf(3)).not.toHaveProperty('path');
  });
});
