// @vitest-environment jsdom
// Copying a link puts the lasting absolute address of the place on the clipboard and says so politely.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { samplePage } from './sample-page';

describe('sharing links', () => {
  it('copies a section\'s link and announces "Lien copié"', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', samplePage);
    const [first] = screen.getAllByRole('button', { name: 'Copier le lien vers cette section' });
    await user.click(first!);
    // The article's own address, not "/": "/" shows another article once the newsroom picks a new default.
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/articles/exemple/#l-annonce`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Lien copié'));
  });

  it('lists every quote with its speaker, a link to its place and a copy-link', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', samplePage);
    const sidebar = screen.getByRole('complementary', { name: 'Citations' });
    const items = within(sidebar).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Joe Biden');
    expect(within(items[0]!).getByRole('link', { name: 'Lire dans l’article' })).toHaveAttribute('href', '/articles/exemple/#citation-n-allaient-pas-cd34');
    await user.click(within(items[0]!).getByRole('button', { name: /Copier le lien vers la citation de Joe Biden/ }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/articles/exemple/#citation-n-allaient-pas-cd34`);
  });

  it('copies an event\'s link', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', samplePage);
    await user.click(screen.getByRole('button', { name: /Rencontre à la Maison-Blanche/ }));
    await user.click(screen.getByRole('button', { name: 'Copier le lien vers l’événement : Rencontre à la Maison-Blanche' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/articles/exemple/#rencontre`);
  });
});
