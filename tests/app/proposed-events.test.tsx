// @vitest-environment jsdom
// Without an edition's events, the timeline shows the events the parser proposed; each one is one click from its
// sentence, marked in the text, and the date mark beside the sentence leads back to the event.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { pageWithProposedEvents } from './sample-page';

const SENTENCE = 'Pendant l’administration Trump, un assaut a visé l’ambassade en janvier 2020.';

describe('proposed events', () => {
  it('lists each event with its French label in a <time> element and the sentence as its title', async () => {
    await renderApp('/articles/exemple/', pageWithProposedEvents);
    const timeline = screen.getByRole('complementary', { name: 'Chronologie' });
    const event = within(timeline).getByRole('button', { name: `janvier 2020${SENTENCE}` });
    expect(within(event).getByText('janvier 2020').tagName).toBe('TIME');
    expect(within(event).getByText('janvier 2020')).toHaveAttribute('datetime', '2020-01');
  });

  it('marks the sentence itself in the text, not the whole paragraph', async () => {
    await renderApp('/articles/exemple/', pageWithProposedEvents);
    const main = screen.getByRole('main');
    const mark = within(main).getByText(SENTENCE).closest('mark');
    expect(mark).toHaveAttribute('id', 'passage-evenement-pendant-l-administration-kl12');
    expect(mark).not.toHaveTextContent('Personne n’a été blessé.');
    expect(mark?.closest('p')).toHaveTextContent('Personne n’a été blessé.');
  });

  it('leads from the event to its sentence in one click once the event is open', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', pageWithProposedEvents);
    const timeline = screen.getByRole('complementary', { name: 'Chronologie' });
    await user.click(within(timeline).getByRole('button', { name: new RegExp(`^janvier 2020`) }));
    expect(within(timeline).getByRole('link', { name: 'Lire dans l’article' })).toHaveAttribute(
      'href',
      '/articles/exemple/#passage-evenement-pendant-l-administration-kl12',
    );
  });

  it('leads from the date mark beside the sentence back to the event, opening it', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', pageWithProposedEvents);
    const toggle = screen.getByRole('button', { name: 'Chronologie' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const dateMark = within(screen.getByRole('main')).getByRole('link', { name: 'janvier 2020, dans la chronologie' });
    expect(dateMark).toHaveAttribute('href', '/articles/exemple/#evenement-pendant-l-administration-kl12');
    await user.click(dateMark);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    expect(screen.getByRole('button', { name: new RegExp(`^janvier 2020`) })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows no summary for a proposed event, only the way to its passage', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', pageWithProposedEvents);
    const timeline = screen.getByRole('complementary', { name: 'Chronologie' });
    await user.click(within(timeline).getByRole('button', { name: new RegExp(`^janvier 2020`) }));
    const details = document.getElementById('evenement-pendant-l-administration-kl12-details');
    expect(details?.querySelectorAll('p')).toHaveLength(1);
  });
});
