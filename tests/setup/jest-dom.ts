// Adds jest-dom's matchers (toBeVisible, toHaveAccessibleName, ...) and cleans the DOM after each component test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
