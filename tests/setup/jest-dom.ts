// Adds jest-dom's matchers (toBeVisible, toHaveAccessibleName, ...) and cleans the DOM after each component test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// jsdom does no layout, so it has no scrollIntoView: a deep link followed in a component test would throw from its
// animation frame, sometimes after the test that caused it. Scrolling itself is checked in the browser tests.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// jsdom lays nothing out, so it has no scrolling: the app's calls are accepted and do nothing, as on a page too short to scroll.
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.scrollTo = () => {};
}
