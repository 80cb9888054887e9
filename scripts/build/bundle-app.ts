// Runs Vite twice: the browser bundle into the output folder, and the server renderer the pages are rendered with.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export type PageRenderer = typeof import('../../src/app/entry-server.tsx');

export interface AppBundle {
  /** Renders a route to HTML, with the same routes the browser hydrates. */
  renderer: PageRenderer;
  /** Removes the server renderer's temporary folder. */
  dispose(): void;
}

export async function bundleApp(projectDir: string, outDir: string): Promise<AppBundle> {
  // The server renderer is built inside the project so that it finds react-dom and react-router in node_modules,
  // wherever the pages themselves are written; one folder a build, so that builds can run side by side.
  mkdirSync(join(projectDir, 'node_modules/.cache'), { recursive: true });
  const serverDir = mkdtempSync(join(projectDir, 'node_modules/.cache/liseuse-ssr-'));
  const dispose = () => rmSync(serverDir, { recursive: true, force: true });
  // Readers get React's production build even when the caller (a test runner) runs with NODE_ENV=test: Vite picks
  // the JSX runtime from NODE_ENV, not from the mode, and a development runtime beside production React crashes.
  const callersNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const production = { root: projectDir, logLevel: 'warn', mode: 'production' } as const;
  try {
    await build({ ...production, build: { outDir, emptyOutDir: true } });
    await build({ ...production, build: { ssr: join(projectDir, 'src/app/entry-server.tsx'), outDir: serverDir, emptyOutDir: true } });
    const renderer = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as PageRenderer;
    return { renderer, dispose };
  } catch (error) {
    dispose();
    throw error;
  } finally {
    if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersNodeEnv;
  }
}
