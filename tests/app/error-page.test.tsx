// @vitest-environment jsdom
// When part of the app fails, the reader gets a French explanation, a way back, and the article's text all the same.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createRoutes } from '../../src/app/routes';
import { samplePage } from './sample-page';
import { articleData } from './render-app';

function Broken(): never {
  throw new Error('a feature failed');
}

afterEach(() => vi.restoreAllMocks());

describe('error page', () => {
  it('replaces a failing article page with a French message, a link back and the article text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [root] = createRoutes(async () => articleData(samplePage));
    const article = root!.children!.find((route) => route.id === 'article')!;
    // The article's error page comes with the article's chunk, as its page does.
    const { errorElement } = await (article.lazy as () => Promise<RouteObject>)();
    const failing: RouteObject[] = [
      { path: '/', element: root!.element, errorElement: root!.errorElement, children: [{ id: 'article', path: 'articles/:slug', loader: async () => articleData(samplePage), element: <Broken />, errorElement }] },
    ];
    const router = createMemoryRouter(failing, {
      initialEntries: ['/articles/exemple/'],
      hydrationData: { loaderData: { article: articleData(samplePage) } },
    });
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Un problème est survenu');
    expect(screen.getByRole('link', { name: 'Recharger l’article' })).toHaveAttribute('href', '/articles/exemple/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(samplePage.title);
    expect(screen.getByRole('article')).toHaveTextContent('Président Joe Biden a déclaré que les États-Unis « n’allaient pas participer à une mission de combat » en Irak.');
    expect(screen.getByText('À lire aussi : Le secrétaire à la Défense s’exprime')).toBeInTheDocument();
  });

  it('replaces any other failing page with the message and the way to the front page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [root] = createRoutes(async () => articleData(samplePage));
    const failing: RouteObject[] = [{ path: '/', element: root!.element, errorElement: root!.errorElement, children: [{ index: true, element: <Broken /> }] }];
    render(<RouterProvider router={createMemoryRouter(failing, { initialEntries: ['/'] })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Un problème est survenu');
    expect(screen.getByRole('link', { name: 'Recharger l’article' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('article')).toBeNull();
  });
});
