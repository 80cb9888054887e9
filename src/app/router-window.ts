// The window React Router is given in the browser: the page's own, except for a session storage that holds nothing.
// As it starts, the router reads sessionStorage for the view transitions it applied before a reload (this app applies
// none), and a page's first use of sessionStorage opens it synchronously on the main thread: 1 to 7 ms measured here,
// in the middle of hydration (Lighthouse counts that task 4 times in its Total Blocking Time), for an answer that is
// always "nothing". Everything else is the real window: its location, history and events.

/** What the router would read and write, for view transitions only: it keeps nothing. */
const NO_VIEW_TRANSITIONS: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => null,
  setItem: () => {},
};

export function routerWindow(page: Window = window): Window {
  return new Proxy(page, {
    get(target, key) {
      if (key === 'sessionStorage') return NO_VIEW_TRANSITIONS;
      const value: unknown = Reflect.get(target, key, target);
      // A method of the window must run on the window itself ("Illegal invocation" otherwise).
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
