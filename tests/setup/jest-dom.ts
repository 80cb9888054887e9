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

// Nor window.scrollTo: a change of page (src/app/use-page-navigation.ts) scrolls, which jsdom reports as an error.
if (typeof window !== 'undefined') window.scrollTo = () => {};
