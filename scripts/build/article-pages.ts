// Writes a page for every article at its lasting address, the default article again at "/", and 404.html.
import type { ArticlePage } from '../../src/content/article-page.ts';
import { writeOutput, type BuildStep, type SiteBuild } from './build-step.ts';
import { renderDocument } from './render-document.ts';

async function writePage(site: SiteBuild, urlPath: string, file: string, page: ArticlePage | null): Promise<void> {
  const body = await site.renderer.renderPage(urlPath, page);
  const { siteUrl } = site.options;
  writeOutput(site, file, renderDocument(site.template.html, { page, siteUrl, contentSecurityPolicy: site.template.contentSecurityPolicy, body }));
}

export const articlePages: BuildStep = {
  name: 'the article pages',
  async run(site) {
    const { pages, defaultSlug } = site.content;
    for (const page of pages) {
      await writePage(site, page.path, `${page.path}index.html`, page);
      if (page.slug === defaultSlug) await writePage(site, '/', 'index.html', page);
    }
  },
};

export const notFoundPage: BuildStep = {
  name: 'the not-found page',
  run: (site) => writePage(site, site.renderer.NOT_FOUND_PATH, '404.html', null),
};
