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
    ],
  },
});
