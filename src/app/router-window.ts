// The window React Router is given in the browser: the page's own, except for a session storage that holds nothing
// and a history whose first entry already has the number the router gives its entries.
// As it starts, the router reads sessionStorage for the view transitions it applied before a reload (this app applies
// none), and a page's first use of sessionStorage opens it synchronously on the main thread: 1 to 7 ms measured here,
// in the middle of hydration (Lighthouse counts that task 4 times in its Total Blocking Time), for an answer that is
// always "nothing". It also writes the page's entry again (history.replaceState) only to number it 0: a synchronous
// call that took 3 to 7 ms in one page load in three here, in the same task. Everything else is the real window: its
// location, history and events.

/** What the router would read and write, for view transitions only: it keeps nothing. */
const NO_VIEW_TRANSITIONS: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => null,
  setItem: () => {},
};

export function routerWindow(page: Window = window): Window {
  // The router numbers the entries it makes ({ idx } in their state) from the page's own, numbered 0. An entry it did
  // not make (the page's first, or one a link to a paragraph added) reads as 0, as its replaceState would have made
  // the first one: the router sees the same numbers, without the call. What it writes goes to the real history.
  const history = withOwn(page.history, {
    get state(): unknown {
      const state = page.history.state;
      return typeof state?.idx == 'number' ? state : { ...state, idx: 0 };
    },
  });
  return withOwn(page, { sessionStorage: NO_VIEW_TRANSITIONS, history });
}

/** `target` with `own`'s properties instead of its own. */
function withOwn<Target extends object>(target: Target, own: Record<PropertyKey, unknown>): Target {
  return new Proxy(target, {
    get(target, key) {
      if (key in own) return own[key];
      const value: unknown = Reflect.get(target, key);
      // A method of the window or of its history must run on it ("Illegal invocation" otherwise).
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
