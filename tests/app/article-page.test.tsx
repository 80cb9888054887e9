// @vitest-environment jsdom
// The article page as a reader meets it: landmarks, headings, quotes in the text, captions, credits.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from './render-app';
import { samplePage } from './sample-page';
import { summarizeArticle } from '../../src/content/site-listing';

describe('article page', () => {
  it('has one h1, the sections as h2, and the landmarks a screen reader jumps between', async () => {
    await renderApp('/articles/exemple/', samplePage);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(samplePage.title);
    expect(screen.getByRole('heading', { level: 2, name: 'L’annonce' })).toHaveAttribute('id', 'l-annonce');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu');
    expect(screen.getByRole('navigation', { name: 'Sommaire' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Chronologie' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Citations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
  });

  it('marks each quote in the text with its id, so links to it land on the words', async () => {
    const { container } = await renderApp('/articles/exemple/', samplePage);
    const quote = container.querySelector('q#citation-n-allaient-pas-cd34');
    expect(quote).toHaveTextContent('n’allaient pas participer à une mission de combat');
    expect(quote?.closest('p')).toHaveAttribute('id', 'president-joe-biden-a-declare-ab12');
  });

  it('shows captions with their credit and no image, teasers as "À lire aussi", contributors and source at the end', async () => {
    await renderApp('/articles/exemple/', samplePage);
    const caption = screen.getByText(/rencontre Mustafa al-Kadhimi/).closest('figure');
    expect(caption).toHaveAttribute('id', 'photo-le-president-ef56');
    expect(within(caption!).getByText('Crédit : Susan Walsh/AP')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('À lire aussi').parentElement).toHaveTextContent('Le secrétaire à la Défense s’exprime');
    expect(screen.getByText('Avec la contribution de Libby Cathey.')).toBeInTheDocument();
    expect(screen.getByText('Publié à l’origine sur abcnews.go.com.')).toBeInTheDocument();
    expect(screen.getByText('4 min de lecture')).toBeInTheDocument();
  });

  it('links the table of contents to the sections', async () => {
    await renderApp('/articles/exemple/', samplePage);
    const contents = screen.getByRole('navigation', { name: 'Sommaire' });
    expect(within(contents).getByRole('link', { name: 'Depuis 2020' })).toHaveAttribute('href', '/articles/exemple/#depuis-2020');
  });

  it('answers an unknown address or a removed article\'s address with a French not-found page, a way back and articles to read', async () => {
    for (const url of ['/nulle-part', '/articles/autre-article/']) {
      const { unmount } = await renderApp(url, { kind: 'not-found', moreToRead: [summarizeArticle(samplePage)] });
      expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Revenir à la une' })).toHaveAttribute('href', '/');
      const more = screen.getByRole('region', { name: 'D’autres articles à lire' });
      expect(within(more).getByRole('link', { name: samplePage.title })).toHaveAttribute('href', '/articles/exemple/');
      unmount();
    }
  });
});
