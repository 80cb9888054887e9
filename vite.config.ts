// Vite builds the reading app (see scripts/build/build-site.ts for the whole build); Vitest runs every test.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { devDocumentPlugin } from './scripts/build/dev-document-plugin.ts';
import { LATER_SCRIPT_NAME } from './scripts/build/later-script-name.ts';

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), devDocumentPlugin('src/content/articles')],
  resolve: {
    // React Router 7's package.json points every import at its development build (remix-run/react-router#12437,
    // #14102): dev-only warnings and checks would ship to readers. Its production build sits beside it.
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }] : [],
  },
  build: {
    // No <link rel="modulepreload"> in the head: the app starts after the first paint (scripts/build/first-paint-starter.ts),
    // and each later chunk (another page's components) is asked for by the page that needs it.
    modulePreload: false,
    rollupOptions: {
      // Two entries: the app (index.html), and the page's later script (plain DOM: the "Aa" menu, the side column
      // that follows the reading), which the starter imports after the app.
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), [LATER_SCRIPT_NAME]: fileURLToPath(new URL('./src/app/later-script.ts', import.meta.url)) },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // The parser alone (`npm run test:parser`): pure TypeScript, no DOM, seconds.
          name: 'parser',
          include: ['tests/parser/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/parser/**'],
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
}));
