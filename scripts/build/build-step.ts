// What every step of the build receives, and the shape of a step (scripts/build/build-site.ts lists them in order).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteContent } from './load-site-content.ts';
import type { SiteListing } from '../../src/content/site-listing.ts';
import type { PageRenderer } from './bundle-app.ts';
import type { PageTemplate } from './page-template.ts';

export interface BuildOptions {
  projectDir: string;
  articlesDir: string;
  outDir: string;
  /** The site's public origin, with no trailing slash: "https://liseuse.example". */
  siteUrl: string;
}

/** The checked content, the app's bundle and the page template: everything a step needs to write its files. */
export interface SiteBuild {
  options: BuildOptions;
  content: SiteContent;
  /** Every article's summary, newest first, the featured one, and articles by title: what the listings need. */
  listing: SiteListing;
  renderer: PageRenderer;
  template: PageTemplate;
}

export interface BuildStep {
  /** What the step writes, in a reader's words: "the sitemap and robots.txt". */
  name: string;
  run(site: SiteBuild): void | Promise<void>;
}

/** Writes `contents` at `path` inside the output folder, creating the folders on the way. */
export function writeOutput(site: SiteBuild, path: string, contents: string): void {
  const file = join(site.options.outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
