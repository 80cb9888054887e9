// @vitest-environment jsdom
// A part of a prerendered page that React adopts after the rest (src/components/hydrate-when-idle.tsx): it keeps the
// served HTML and is adopted once the browser is idle, with no mismatch; rendered where nothing was served (a
// client-side navigation), it shows at once. Each case loads the modules afresh: the part decides once per page load.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshModules() {
  vi.resetModules();
  const [react, client, server, part] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('react-dom/server'),
    import('../../src/components/hydrate-when-idle'),
  ]);
  // The side column of an article: a title outside the part, a button inside it.
  const page = () =>
    react.createElement(
      'div',
      null,
      react.createElement('h1', { onClick: () => {} }, 'Article'),
      react.createElement(
        'div',
        { id: 'colonne' },
        react.createElement(part.HydrateWhenIdle, {
          servedWith: 'colonne',
          children: react.createElement('button', { type: 'button', onClick: () => {} }, 'Chronologie'),
        }),
      ),
    );
  return { act: react.act, client, server, page };
}

const adoptedByReact = (element: Element | null) => element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber$'));

afterEach(() => {
  document.body.replaceChildren();
});

describe('a part adopted when the browser is idle', () => {
  it('keeps what was served while the rest is adopted, then is adopted itself, with no mismatch', async () => {
    const served = await freshModules();
    const container = document.createElement('div');
    container.innerHTML = served.server.renderToString(served.page());
    document.body.append(container);
    const button = container.querySelector('button');

    const browser = await freshModules();
    const mismatches: unknown[] = [];
    await browser.act(async () => void browser.client.hydrateRoot(container, browser.page(), { onRecoverableError: (error) => mismatches.push(error) }));
    expect(adoptedByReact(container.querySelector('h1'))).toBe(true);
    expect(adoptedByReact(container.querySelector('button'))).toBe(false);

    // No requestIdleCallback in jsdom: the part waits a quarter of its longest wait instead.
    await browser.act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(container.querySelector('button')).toBe(button);
    expect(adoptedByReact(button)).toBe(true);
    expect(mismatches).toEqual([]);
  });

  it('shows at once where the page was not served with it (a client-side navigation)', async () => {
    const browser = await freshModules();
    const container = document.createElement('div');
    document.body.append(container);
    await browser.act(async () => browser.client.createRoot(container).render(browser.page()));
    expect(container.querySelector('button')).toHaveTextContent('Chronologie');
  });
});
