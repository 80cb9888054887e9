// One article folder's bytes to the page readers get (parsed, joined with its edition, checked), or every problem
// found, each naming its file. The same for the build's workers, the dev server and the tests.
import { join } from 'node:path';
import { parseArticle } from '../../src/parser/parse-article.ts';
import { validateEdition, type Edition } from '../../src/content/edition-schema.ts';
import { composeArticlePage } from '../../src/content/compose-article-page.ts';
import type { ArticlePage } from '../../src/content/article-page.ts';
import { decodeArticleBytes } from '../read-article-file.ts';
import { ARTICLE_FILE, EDITION_FILE, type ArticleBytes, type ArticleFolder, type ContentProblem } from './article-sources.ts';

export type CheckedArticle = { ok: true; page: ArticlePage; claimsDefault: boolean } | { ok: false; problems: ContentProblem[] };

/** Problems told for one file: past a screenful, more lines help no editor (an edition of 15,000 unknown fields). */
const MAX_PROBLEMS_A_FILE = 20;

export function checkArticle(source: ArticleFolder, bytes: ArticleBytes, show: (path: string) => string): CheckedArticle {
  const checked = checkArticleFiles(source, bytes, show);
  if (checked.ok || checked.problems.length <= MAX_PROBLEMS_A_FILE) return checked;
  const shown = checked.problems.slice(0, MAX_PROBLEMS_A_FILE - 1);
  const last = checked.problems[MAX_PROBLEMS_A_FILE - 1]!;
  return { ok: false, problems: [...shown, { file: last.file, problem: `and ${checked.problems.length - shown.length} more problems in this file` }] };
}

function checkArticleFiles(source: ArticleFolder, bytes: ArticleBytes, show: (path: string) => string): CheckedArticle {
  const textFile = show(join(source.folder, ARTICLE_FILE));
  const editionFile = show(join(source.folder, EDITION_FILE));
  // Whatever goes wrong inside the parser (a bug, or a text built to exhaust it), the editor learns which file did it.
  let stage = textFile;
  try {
    const decoded = decodeArticleBytes(bytes.text, textFile);
    if (!decoded.ok) return { ok: false, problems: [{ file: textFile, problem: withoutFileName(decoded.problem, textFile) }] };
    // The edition first: its publication date is the reference the parser resolves "hier" and "jeudi" against.
    stage = editionFile;
    let edition: Edition | null = null;
    if (bytes.edition) {
      const read = readEdition(bytes.edition);
      if (!read.ok) return { ok: false, problems: read.problems.map((problem) => ({ file: editionFile, problem })) };
      edition = read.edition;
    }
    stage = textFile;
    const publishedAt = edition?.publishedAt?.slice(0, 10);
    const parsed = parseArticle(decoded.text, publishedAt === undefined ? {} : { publishedAt, publishedAtFrom: 'edition' });
    if (!parsed.ok) return { ok: false, problems: [{ file: textFile, problem: parsed.problem }] };
    stage = editionFile;
    const composed = composeArticlePage(source.slug, parsed.article, edition);
    if (!composed.ok) return { ok: false, problems: composed.problems.map(({ field, message }) => ({ file: editionFile, problem: `${field}: ${message}` })) };
    return { ok: true, page: composed.page, claimsDefault: edition?.default === true };
  } catch (error) {
    return { ok: false, problems: [{ file: stage, problem: `the build failed on this file (${error instanceof Error ? error.message : String(error)})` }] };
  }
}

function readEdition(bytes: Buffer): { ok: true; edition: Edition } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    // TextDecoder drops a leading byte order mark, which some Windows editors write and JSON.parse refuses.
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const validated = validateEdition(json);
  if (validated.ok) return validated;
  return { ok: false, problems: validated.problems.map(({ field, message }) => (field ? `${field}: ${message}` : message)) };
}

/** decodeArticleBytes puts the file's name first ("x/article.txt: empty file"); the problem line names it already. */
function withoutFileName(problem: string, file: string): string {
  return problem.startsWith(`${file}: `) ? problem.slice(file.length + 2) : problem;
}
