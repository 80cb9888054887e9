// @vitest-environment jsdom
// Finding articles as a reader does: the front page, the archive, going from one article to another without a
// reload (title and focus follow), the line under the title, teasers that name an article of the site.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { articleData, renderApp } from './render-app';
import { samplePage } from './sample-page';
import type { ArticlePage } from '../../src/content/article-page';
import type { ArticleSummary, FrontPageData } from '../../src/content/page-data';
import { summarizeArticle } from '../../src/content/site-listing';

const older: ArticlePage = {
  ...samplePage,
  slug: 'mediatheque',
  path: '/articles/mediatheque/',
  title: 'La médiathèque rouvre après deux ans de travaux',
  description: 'Des horaires élargis et une salle deux fois plus grande.',
  source: 'lyon.example',
  contributors: [],
  publishedAt: '2020-03-12',
  publishedLabel: '12 mars 2020',
  readingMinutes: 2,
};
const featured: ArticlePage = { ...samplePage, publishedAt: '2021-07-26', publishedLabel: '26 juillet 2021' };
const newest: ArticleSummary = { ...summarizeArticle(older), slug: 'tramway', path: '/articles/tramway/', title: 'Le tramway arrive à Gerland', publishedAt: '2022-05-02', publishedLabel: '2 mai 2022' };

const frontPage: FrontPageData = { kind: 'front-page', featured: summarizeArticle(featured), latest: [newest, summarizeArticle(older)], articleCount: 3 };

describe('front page', () => {
  it('features one article and lists the newest after it, each with its date, source, reading time and opening', async () => {
    await renderApp('/', frontPage);
    expect(screen.getByRole('heading', { level: 1, name: 'À la une' })).toBeInTheDocument();
    const featuredCard = screen.getByRole('article', { name: featured.title });
    expect(within(featuredCard).getByRole('link', { name: featured.title })).toHaveAttribute('href', '/articles/exemple/');
    expect(within(featuredCard).getByText('26 juillet 2021')).toHaveAttribute('datetime', '2021-07-26');
    expect(featuredCard).toHaveTextContent('abcnews.go.com · 4 min de lecture');
    expect(featuredCard).toHaveTextContent(featured.description);

    const latest = screen.getByRole('region', { name: 'Derniers articles' });
    expect(within(latest).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([newest.title, older.title]);
    expect(screen.getByRole('link', { name: 'Tous les articles (3)' })).toHaveAttribute('href', '/articles/');
    expect(screen.getByRole('search')).toHaveAttribute('action', '/recherche/');
  });

  it('opens an article without reloading: its title in the tab, focus on its heading, the byline under it', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/', frontPage, { '/articles/mediatheque/': articleData(older, [summarizeArticle(featured)]) });
    await user.click(screen.getByRole('link', { name: older.title }));

    const heading = await screen.findByRole('heading', { level: 1, name: older.title });
    expect(router.state.location.pathname).toBe('/articles/mediatheque/');
    await waitFor(() => expect(document.title).toBe(`${older.title} — Liseuse`));
    expect(heading).toHaveFocus();
    expect(heading.nextElementSibling).toHaveTextContent('Publié le 12 mars 2020 · lyon.example');
    expect(within(heading.nextElementSibling as HTMLElement).getByText('12 mars 2020')).toHaveAttribute('datetime', '2020-03-12');

    const more = screen.getByRole('region', { name: 'D’autres articles à lire' });
    expect(within(more).getByRole('link', { name: featured.title })).toHaveAttribute('href', '/articles/exemple/');
  });

  it('says "Publié le …" with the source and contributors under the title', async () => {
    await renderApp('/articles/exemple/', featured);
    const byline = screen.getByRole('heading', { level: 1 }).nextElementSibling;
    expect(byline).toHaveTextContent('Publié le 26 juillet 2021 · abcnews.go.com · Libby Cathey');
  });

  it('links a "PLUS :" teaser that names an article of the site, and leaves the others as text', async () => {
    const withLinkedTeaser: ArticlePage = {
      ...samplePage,
      sections: samplePage.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((block) => (block.kind === 'related' ? { ...block, path: '/articles/mediatheque/' } : block)),
      })),
    };
    await renderApp('/articles/exemple/', withLinkedTeaser);
    expect(screen.getByRole('link', { name: 'Le secrétaire à la Défense s’exprime' })).toHaveAttribute('href', '/articles/mediatheque/');
    await renderApp('/articles/exemple/', samplePage);
    expect(screen.getAllByText('Le secrétaire à la Défense s’exprime').at(-1)?.closest('a')).toBeNull();
  });
});

describe('archive', () => {
  it('lists a page of articles and the way to the other pages, the current one marked', async () => {
    await renderApp('/articles/pages/3/', { kind: 'archive', pageNumber: 3, pageCount: 9, articleCount: 420, articles: [summarizeArticle(older)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Tous les articles' })).toBeInTheDocument();
    expect(screen.getByText(/420 articles, du plus récent au plus ancien · page 3 sur 9/)).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages des archives' });
    expect(within(pages).getByRole('link', { name: '← Plus récents' })).toHaveAttribute('href', '/articles/pages/2/');
    expect(within(pages).getByRole('link', { name: 'Plus anciens →' })).toHaveAttribute('href', '/articles/pages/4/');
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/articles/');
    expect(within(pages).getByRole('link', { name: 'Page 9' })).toHaveAttribute('href', '/articles/pages/9/');
    expect(within(pages).queryByRole('link', { name: 'Page 7' })).toBeNull();
    expect(within(pages).getByText('3').closest('[aria-current="page"]')).not.toBeNull();
  });
});
