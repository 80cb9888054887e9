// @vitest-environment jsdom
// The window React Router is given (src/app/router-window.ts): nothing in session storage, a history whose first entry
// is numbered without being written again, the page's own otherwise.
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

  it('is the page’s window for the rest: its address, its history’s length, its events', () => {
    const given = routerWindow();
    expect(given.location).toBe(window.location);
    expect(given.history.length).toBe(window.history.length);
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

  it('starts a router without writing the page’s entry again, and Back still returns to it', async () => {
    window.history.replaceState(null, '', '/');
    const write = vi.spyOn(History.prototype, 'replaceState');
    const router = createBrowserRouter([{ path: '/', element: null }, { path: '/articles/', element: null }], { window: routerWindow() });
    expect(write).not.toHaveBeenCalled();
    expect(window.history.state).toBeNull();
    await router.navigate('/articles/');
    expect(window.history.state).toMatchObject({ idx: 1 });
    const back = new Promise<void>((resolve) => router.subscribe((state) => state.location.pathname === '/' && resolve()));
    window.history.back();
    await back;
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.historyAction).toBe('POP');
    router.dispose();
  });
});
