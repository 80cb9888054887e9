// Writes the search page and the search index: Pagefind's, built from each article's text (not from the built pages,
// whose sidebars repeat the quotes), with an id on every paragraph so that a result can open the article there.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ArticlePage, PageBlock } from '../../src/content/article-page.ts';
import { plainSpaces } from '../../src/app/document-title.ts';
import { SEARCH_PAGE_PATH } from '../../src/features/search/search-page-path.ts';
import type { BuildStep } from './build-step.ts';
import { escapeAttribute, escapeText } from './page-head.ts';
import { allowWebAssembly } from './security-policy.ts';
import { isCompressible, precompressFile } from './precompress.ts';
import { givenPage } from './article-pages.ts';
import { WORD_JOINER } from '../../src/features/search/search-index.ts';

/** Articles sent to Pagefind at once: its service indexes them side by side. */
const BATCH = 64;
/** Pagefind's own search interfaces: the site has its own (src/features/search/), so these would only be dead files. */
const UNUSED_BUNDLE_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

export const searchPage: BuildStep = {
  name: 'the search page',
  // Only this page allows WebAssembly ('wasm-unsafe-eval', which compiles WebAssembly and does not allow eval()):
  // Pagefind searches with it, and no other page needs it.
  dependsOn: (site) => site.bundle.template.contentSecurityPolicy,
  run: (site) => site.renderPages([givenPage(SEARCH_PAGE_PATH, { kind: 'search' }, allowWebAssembly(site.bundle.template.contentSecurityPolicy))]),
};

export const searchIndex: BuildStep = {
  name: 'the search index',
  // Every article's text: not incremental (Pagefind writes its index whole), so it is rebuilt only when an article
  // changed, was added or removed.
  dependsOn: (site) => site.articles.map((article) => article.contentHash),
  async run(site) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const { articles } = site;
      for (let start = 0; start < articles.length; start += BATCH) {
        const pages = articles.slice(start, start + BATCH).map((article) => site.articlePage(article));
        const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.path, content: searchDocument(page) })));
        const failed = added.flatMap((answer, offset) => answer.errors.map((error) => `${pages[offset]!.path}: ${error}`));
        if (failed.length > 0) throw new Error(failed.join('; '));
      }
      const outputPath = join(site.options.outDir, 'pagefind');
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      for (const name of readdirSync(outputPath)) {
        if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(outputPath, name));
        // Its script and entry file get their .br and .gz like every page (its index fragments are gzip already).
        else if (isCompressible(name)) precompressFile(join(outputPath, name));
      }
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  },
};

/** What Pagefind indexes of an article: the title (its h1 becomes the result's title) and each block under its own id. */
export function searchDocument(page: ArticlePage): string {
  const blocks = page.sections.flatMap((section) => [
    ...(section.heading ? [`<h2 id="${escapeAttribute(section.heading.id)}">${indexedText(section.heading.title)}</h2>`] : []),
    ...section.blocks.map((block) => `<p id="${escapeAttribute(block.id)}">${indexedText(blockText(block))}</p>`),
  ]);
  return `<html lang="fr"><body><h1>${indexedText(page.title)}</h1>${blocks.join('')}</body></html>`;
}

/**
 * Text as Pagefind should keep it. Pagefind 1.6 decodes entities in an anchor's text twice, so an article that
 * writes "&amp;" would come back as "&": a word joiner after each "&" leaves nothing to decode the second time
 * (the search results remove it again, see src/features/search/search-index.ts).
 */
function indexedText(text: string): string {
  return escapeText(plainSpaces(text).replaceAll('&', `&${WORD_JOINER}`));
}

function blockText(block: PageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((run) => run.text).join('');
    case 'caption':
      return block.text;
    case 'related':
      return block.title;
    case 'heading':
      return block.text;
  }
}
