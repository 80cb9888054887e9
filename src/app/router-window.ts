// The window React Router is given in the browser: the page's own, except for a session storage that holds nothing
// and a history whose first entry already has the position the router numbers its entries by.
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
  const history = historyNumberedFromZero(page.history);
  return new Proxy(page, {
    get(target, key) {
      if (key === 'sessionStorage') return NO_VIEW_TRANSITIONS;
      if (key === 'history') return history;
      const value: unknown = Reflect.get(target, key, target);
      // A method of the window must run on the window itself ("Illegal invocation" otherwise).
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The router numbers the entries it makes ({ idx } in their state) from the page's own entry, which it would number
 * 0 with a replaceState as it starts. An entry the router did not make (the page's first, or one a link to a
 * paragraph added) reads here as position 0, as that replaceState would have made the first one: the router sees the
 * same numbers, without the call. What it writes goes to the real history.
 */
function historyNumberedFromZero(history: History): History {
  return new Proxy(history, {
    get(target, key) {
      if (key === 'state') {
        const state: unknown = target.state;
        return isNumbered(state) ? state : { ...(typeof state === 'object' ? state : {}), idx: 0 };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const isNumbered = (state: unknown): boolean => typeof state === 'object' && state !== null && typeof (state as { idx?: unknown }).idx === 'number';
