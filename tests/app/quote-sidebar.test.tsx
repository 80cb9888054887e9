// @vitest-environment jsdom
// The quote sidebar as a reader uses it: honest counts, "non attribuée" where the text names no one, one speaker's quotes.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ArticlePage, PageQuote } from '../../src/content/article-page';
import { renderApp } from './render-app';
import { samplePage } from './sample-page';

const blockId = 'president-joe-biden-a-declare-ab12';
const biden = { id: 'joe-biden', name: 'Joe Biden' };
const spokesman = { id: 'nasser-al-shammari', name: 'Nasser al Shammari' };
const quotes: PageQuote[] = [
  { id: 'citation-a', text: 'n’allaient pas participer à une mission de combat', speaker: biden, blockId },
  { id: 'citation-b', text: 'truc bon marché', speaker: spokesman, blockId },
  { id: 'citation-c', text: 'dans quelques semaines', speaker: biden, blockId },
  { id: 'citation-d', text: 'Le dialogue est rompu.', speaker: null, blockId },
];
const page: ArticlePage = { ...samplePage, quotes };

function sidebar() {
  return screen.getByRole('complementary', { name: 'Citations' });
}

describe('the quote sidebar', () => {
  it('counts the quotes it found and says how many have no speaker', async () => {
    await renderApp('/articles/exemple/', page);
    expect(sidebar()).toHaveTextContent('4 citations relevées dans le texte, dont 1 non attribuée');
    expect(sidebar()).not.toHaveTextContent('dans l’ordre du texte');
  });

  it('says "non attribuée" for a quote without a speaker, and credits no one in its buttons', async () => {
    await renderApp('/articles/exemple/', page);
    const items = within(sidebar()).getAllByRole('listitem');
    expect(items[3]).toHaveTextContent('non attribuée');
    expect(items[3]).not.toHaveTextContent(/Joe Biden|Nasser/);
    expect(within(items[3]!).getByRole('button', { name: /Copier le lien vers la citation non attribuée : « Le dialogue est rompu\. »/ })).toBeInTheDocument();
  });

  it('shows one speaker’s quotes when the reader picks them, and all of them again', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', page);
    const filter = within(sidebar()).getByRole('group', { name: 'Citations de' });
    await user.click(within(filter).getByRole('button', { name: 'Joe Biden (2)' }));
    expect(within(filter).getByRole('button', { name: 'Joe Biden (2)' })).toHaveAttribute('aria-pressed', 'true');
    let items = within(sidebar()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('mission de combat'), expect.stringContaining('dans quelques semaines')]);
    expect(sidebar()).toHaveTextContent('2 citations de Joe Biden, sur 4');
    await user.click(within(filter).getByRole('button', { name: 'non attribuées (1)' }));
    items = within(sidebar()).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Le dialogue est rompu.');
    await user.click(within(filter).getByRole('button', { name: 'Toutes (4)' }));
    expect(within(sidebar()).getAllByRole('listitem')).toHaveLength(4);
  });

  it('lets a keyboard user choose a speaker', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', page);
    const filter = within(sidebar()).getByRole('group', { name: 'Citations de' });
    within(filter).getByRole('button', { name: 'Toutes (4)' }).focus();
    await user.tab();
    await user.tab();
    expect(within(filter).getByRole('button', { name: 'Nasser al Shammari (1)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(sidebar()).getAllByRole('listitem')).toHaveLength(1);
    expect(sidebar()).toHaveTextContent('1 citation de Nasser al Shammari, sur 4');
  });

  it('offers no filter when one speaker said everything', async () => {
    await renderApp('/articles/exemple/', samplePage);
    expect(within(sidebar()).queryByRole('group', { name: 'Citations de' })).not.toBeInTheDocument();
    expect(sidebar()).toHaveTextContent('1 citation relevée dans le texte');
  });
});
