// Reads every article folder at once and returns the pages, or every problem found, by file: for the dev server and
// the tests. The build streams the same checks through its workers instead (build-site.ts, build-worker.ts).
import { join, relative } from 'node:path';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { listArticleFolders, readArticleBytes, type ContentProblem } from './article-sources.ts';
import { checkArticle } from './check-article.ts';

export type { ContentProblem } from './article-sources.ts';

export interface SiteContent {
  pages: ArticlePage[];
  /** The article the edition marks `default` (featured on the front page); null when none does (the newest is). */
  defaultSlug: string | null;
}

export function loadSiteContent(articlesDir: string, projectDir = process.cwd()): { ok: true; content: SiteContent } | { ok: false; problems: ContentProblem[] } {
  const show = (path: string) => relative(projectDir, path) || path;
  const { folders, problems } = listArticleFolders(articlesDir, show);
  const pages: ArticlePage[] = [];
  const claimants: string[] = [];
  for (const folder of folders) {
    const read = readArticleBytes(folder, show);
    const checked = read.ok ? checkArticle(folder, read.bytes, show) : read;
    if (!checked.ok) {
      for (const problem of checked.problems) problems.push(problem);
      continue;
    }
    pages.push(checked.page);
    if (checked.claimsDefault) claimants.push(checked.page.slug);
  }
  const chosen = chooseDefaultArticle(claimants, articlesDir, show);
  for (const problem of chosen.problems) problems.push(problem);
  if (problems.length > 0) return { ok: false, problems };
  if (pages.length === 0) return { ok: false, problems: [{ file: show(articlesDir), problem: 'no article: add a folder with an article.txt' }] };
  return { ok: true, content: { pages, defaultSlug: chosen.slug } };
}

/** The article featured at "/": the one whose edition says `default`, else none (the newest is). Two claimants is a problem. */
export function chooseDefaultArticle(claimants: string[], articlesDir: string, show: (path: string) => string): { slug: string | null; problems: ContentProblem[] } {
  if (claimants.length > 1) {
    const problem = `default: only one article can be the default, and ${claimants.length} say so (${claimants.join(', ')})`;
    return { slug: null, problems: claimants.map((slug) => ({ file: show(join(articlesDir, slug, 'edition.json')), problem })) };
  }
  return { slug: claimants[0] ?? null, problems: [] };
}

export function formatContentProblems(problems: ContentProblem[]): string {
  return problems.map(({ file, problem }) => `error: ${file}: ${problem.replace(/[\r\n]+/g, ' ')}`).join('\n');
}
