// Reads every article folder, parses and checks it, and returns the pages to build — or every problem found, by file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle } from '../../src/parser/parse-article.ts';
import { validateEdition, type Edition } from '../../src/content/edition-schema.ts';
import { composeArticlePage } from '../../src/content/compose-article-page.ts';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { decodeArticleBytes } from '../read-article-file.ts';

export interface ContentProblem {
  /** The file (or folder) at fault, relative to the project, as an editor would open it. */
  file: string;
  /** What is wrong, naming the field where there is one: "events[1].passage: …". */
  problem: string;
}

export interface SiteContent {
  pages: ArticlePage[];
  /** The article the edition marks `default` (featured on the front page); null when none does (the newest is). */
  defaultSlug: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadSiteContent(articlesDir: string, projectDir = process.cwd()): { ok: true; content: SiteContent } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const show = (path: string) => relative(projectDir, path) || path;

  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    return { ok: false, problems: [{ file: show(articlesDir), problem: 'the articles folder is missing' }] };
  }
  const slugs = readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const loaded: { slug: string; article: Extract<ReturnType<typeof parseArticle>, { ok: true }>['article']; edition: Edition | null }[] = [];
  for (const slug of slugs) {
    const folder = join(articlesDir, slug);
    if (!SLUG.test(slug)) {
      problems.push({ file: show(folder), problem: 'the folder name is the article’s address: use lowercase letters, digits and hyphens only' });
      continue;
    }
    const textFile = join(folder, 'article.txt');
    if (!existsSync(textFile)) {
      problems.push({ file: show(folder), problem: 'no article.txt in this article folder' });
      continue;
    }
    const decoded = decodeArticleBytes(readFileSync(textFile), show(textFile));
    if (!decoded.ok) {
      problems.push({ file: show(textFile), problem: decoded.problem });
      continue;
    }
    // The edition first: its publication date is the reference the parser resolves "hier" and "jeudi" against.
    const editionFile = join(folder, 'edition.json');
    let edition: Edition | null = null;
    if (existsSync(editionFile)) {
      const read = readEdition(editionFile);
      if (!read.ok) {
        problems.push(...read.problems.map((problem) => ({ file: show(editionFile), problem })));
        continue;
      }
      edition = read.edition;
    }
    const publishedAt = edition?.publishedAt?.slice(0, 10);
    const parsed = parseArticle(decoded.text, publishedAt === undefined ? {} : { publishedAt, publishedAtFrom: 'edition' });
    if (!parsed.ok) {
      problems.push({ file: show(textFile), problem: parsed.problem });
      continue;
    }
    loaded.push({ slug, article: parsed.article, edition });
  }

  const claimants = loaded.filter((entry) => entry.edition?.default);
  if (claimants.length > 1) {
    for (const entry of claimants) {
      problems.push({ file: show(join(articlesDir, entry.slug, 'edition.json')), problem: `default: only one article can be the default, and ${claimants.length} say so (${claimants.map((c) => c.slug).join(', ')})` });
    }
  }
  const defaultSlug = claimants[0]?.slug ?? null;

  const pages: ArticlePage[] = [];
  for (const { slug, article, edition } of loaded) {
    const composed = composeArticlePage(slug, article, edition);
    if (composed.ok) pages.push(composed.page);
    else problems.push(...composed.problems.map(({ field, message }) => ({ file: show(join(articlesDir, slug, 'edition.json')), problem: `${field}: ${message}` })));
  }

  if (problems.length > 0) return { ok: false, problems };
  if (pages.length === 0) return { ok: false, problems: [{ file: show(articlesDir), problem: 'no article: add a folder with an article.txt' }] };
  return { ok: true, content: { pages, defaultSlug } };
}

function readEdition(file: string): { ok: true; edition: Edition } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const validated = validateEdition(json);
  if (validated.ok) return validated;
  return { ok: false, problems: validated.problems.map(({ field, message }) => (field ? `${field}: ${message}` : message)) };
}

export function formatContentProblems(problems: ContentProblem[]): string {
  return problems.map(({ file, problem }) => `error: ${file}: ${problem}`).join('\n');
}
