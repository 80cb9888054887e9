// @vitest-environment jsdom
// The window React Router is given (src/app/router-window.ts): nothing in session storage, the page's own otherwise.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter } from 'react-router';
import { routerWindow } from '../../src/app/router-window';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the window the router is given', () => {
  it('answers the router’s question about view transitions with nothing, without opening the session storage', () => {
    const read = vi.spyOn(Storage.prototype, 'getItem');
    expect(routerWindow().sessionStorage.getItem('remix-router-transitions')).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it('is the page’s window for the rest: its address, its history, its events', () => {
    const given = routerWindow();
    expect(given.location).toBe(window.location);
    expect(given.history).toBe(window.history);
    const heard = vi.fn();
    given.addEventListener('popstate', heard);
    window.dispatchEvent(new PopStateEvent('popstate'));
    given.removeEventListener('popstate', heard);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('starts a router that reads no session storage and moves the page’s address', async () => {
    const read = vi.spyOn(Storage.prototype, 'getItem');
    const router = createBrowserRouter([{ path: '/', element: null }, { path: '/articles/', element: null }], { window: routerWindow() });
    await router.navigate('/articles/');
    expect(window.location.pathname).toBe('/articles/');
    expect(read).not.toHaveBeenCalled();
    router.dispose();
  });
});
