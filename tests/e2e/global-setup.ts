// Before the browser tests: builds the site once (the real articles plus the e2e test articles) and serves it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build/build-site.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, without a trailing slash: "http://127.0.0.1:41234". */
    baseUrl: string;
  }
}

const projectDir = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH`);
  }

  const workDir = mkdtempSync(join(tmpdir(), 'liseuse-e2e-'));
  const articlesDir = join(workDir, 'articles');
  const outDir = join(workDir, 'site');
  mkdirSync(outDir);
  for (const source of [join(projectDir, 'src/content/articles'), join(projectDir, 'tests/e2e/articles')]) {
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      if (entry.isDirectory()) cpSync(join(source, entry.name), join(articlesDir, entry.name), { recursive: true });
    }
  }

  // The server starts first, on a free port, so that the pages are built with their real address (canonical, og:url).
  const server = await serveStatic(outDir, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const teardown = async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await buildSite({ projectDir, articlesDir, outDir, siteUrl: baseUrl });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return teardown;
}
