// Vite builds the reading app; Vitest runs every test (unit and component tests here, browser tests in their own project).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
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
