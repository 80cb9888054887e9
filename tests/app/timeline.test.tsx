// @vitest-environment jsdom
// The timeline opens and closes as a whole and event by event, and a link to an event shows it.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { samplePage } from './sample-page';

describe('timeline', () => {
  it('lists the events in date order with their date at its true precision', async () => {
    await renderApp('/articles/exemple/', samplePage);
    const timeline = screen.getByRole('complementary', { name: 'Chronologie' });
    const eventButtons = within(timeline).getAllByRole('button', { expanded: false });
    expect(eventButtons.map((button) => button.textContent)).toEqual([
      'janvier 2020Assaut contre l’ambassade américaine',
      '26 juillet 2021Rencontre à la Maison-Blanche',
    ]);
    expect(within(timeline).getByText('janvier 2020')).toHaveAttribute('datetime', '2020-01');
  });

  it('collapses and expands as a whole', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', samplePage);
    const toggle = screen.getByRole('button', { name: 'Chronologie' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /Assaut contre/ })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: /Assaut contre/ })).toBeVisible();
  });

  it('opens an event to its summary and a link to its passage, and closes it again', async () => {
    const user = userEvent.setup();
    await renderApp('/articles/exemple/', samplePage);
    const event = screen.getByRole('button', { name: /Assaut contre/ });
    expect(screen.queryByText('Des milices franchissent le périmètre extérieur.')).not.toBeVisible();
    await user.click(event);
    expect(event).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Des milices franchissent le périmètre extérieur.')).toBeVisible();
    const timeline = screen.getByRole('complementary', { name: 'Chronologie' });
    expect(within(timeline).getByRole('link', { name: 'Lire dans l’article' })).toHaveAttribute(
      'href',
      '/articles/exemple/#pendant-l-administration-trump-ij90',
    );
    await user.click(event);
    expect(screen.queryByText('Des milices franchissent le périmètre extérieur.')).not.toBeVisible();
  });

  it('opens the event a link points at, even when the reader had closed the timeline', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/articles/exemple/', samplePage);
    await user.click(screen.getByRole('button', { name: 'Chronologie' }));
    await router.navigate('/articles/exemple/#rencontre');
    await waitFor(() => expect(screen.getByText('Joe Biden reçoit Mustafa al-Kadhimi.')).toBeVisible());
    expect(screen.getByRole('button', { name: 'Chronologie' })).toHaveAttribute('aria-expanded', 'true');
  });
});
