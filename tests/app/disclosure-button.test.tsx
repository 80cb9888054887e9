// @vitest-environment jsdom
// A panel's button (src/components/disclosure-button.tsx): the prerendered page carries the panel's title alone (a
// button would do nothing without a script); the app puts the button in its place once it has adopted the page, and
// what it mounts afterwards (a client-side navigation) has its button from the start.
import { describe, expect, it } from 'vitest';
import { act, startTransition } from 'react';
import { renderToString } from 'react-dom/server';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { screen } from '@testing-library/react';
import { DisclosureButton } from '../../src/components/disclosure-button';

const panel = (label: string) => (
  <DisclosureButton open={false} onToggle={() => {}} controls={`${label}-contenu`}>
    {label}
  </DisclosureButton>
);

describe('a panel’s button', () => {
  it('is the title alone in the prerendered page and while React adopts it, then a button', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(panel('Chronologie'));
    document.body.append(container);
    expect(container.querySelector('button')).toBeNull();
    expect(container.querySelector('[data-panel="Chronologie-contenu"]')).toHaveTextContent('Chronologie');
    // A button rendered while adopting the page would not match it: React would report it and render the panel anew.
    const mismatches: unknown[] = [];
    await act(async () => startTransition(() => void hydrateRoot(container, panel('Chronologie'), { onRecoverableError: (error) => mismatches.push(error) })));
    expect(await screen.findByRole('button', { name: 'Chronologie' })).toHaveAttribute('aria-controls', 'Chronologie-contenu');
    expect(mismatches).toEqual([]);
  });

  it('is a button from its first render when it comes after the page was adopted', () => {
    const container = document.createElement('div');
    document.body.append(container);
    act(() => createRoot(container).render(panel('Sommaire')));
    expect(screen.getByRole('button', { name: 'Sommaire' })).toHaveAttribute('aria-expanded', 'false');
  });
});
