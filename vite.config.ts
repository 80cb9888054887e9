// Vite builds the reading app (see scripts/build-site.ts for the whole build); Vitest runs every test.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { devContentPlugin } from './scripts/dev-content-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), devContentPlugin('src/content/articles')],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setup/jest-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Builds the site once and serves it; the tests drive Chromium against it.
          globalSetup: 'tests/e2e/global-setup.ts',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores, and Chromium plus the server already use both.
          fileParallelism: false,
        },
      },
    ],
  },
});
