// `npm run eval:articles [-- [--json] [FILTER]]`: parses every real article of eval/articles/ and compares the result
// with its hand annotation (quotes, speakers, clutter, lost words, captions, headings, dates). A report, not a test:
// it exits 0 whatever the figures, and 1 only when an annotation is malformed ("error: FILE: problem").
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../src/parser/parse-article';
import { ARTICLES_DIR, articleFolders, goldProblemsAgainstText, readGold, type Gold } from './article-eval/gold';
import {
  addCounts,
  FAILURE_KINDS,
  rates,
  scoreArticle,
  type ArticleScore,
  type Counts,
  type ParsedView,
  type PredictedSpeaker,
} from './article-eval/score';
import { readArticleFile } from './read-article-file';

const USAGE = 'usage: npm run --silent eval:articles -- [--json] [FILTER] (FILTER keeps the folders whose name contains it)';

// The parser's entry point as the evaluation calls it. Today parseArticle takes the text alone; the agreed model
// (briefs/model.md) adds `{ publishedAt }`. A function of fewer parameters fits this type, so both versions check,
// and the fields read below are the ones both models have (speaker as a string or an object, date iso or value).
interface ParseOptions {
  publishedAt?: string;
}
interface BlockAsRead {
  kind: string;
  text?: string;
  title?: string;
}
interface ArticleAsRead {
  blocks: readonly BlockAsRead[];
  quotes: readonly { text: string; speaker: unknown }[];
  dates: readonly { text: string; value?: string | null; iso?: string | null }[];
  setAside: readonly { text: string; reason: string }[];
}
type ParseForEvaluation = (raw: string, options: ParseOptions) => { ok: true; article: ArticleAsRead } | { ok: false; problem: string };
const parseForEvaluation: ParseForEvaluation = parseArticle;

/** The old model says "inconnu" for no speaker; the new one gives `{ name, asWritten, via }` or null. */
function speakerOf(value: unknown): PredictedSpeaker | null {
  if (typeof value === 'string') return value === '' || value === 'inconnu' ? null : { name: value, asWritten: null };
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string') {
    const asWritten = 'asWritten' in value && typeof value.asWritten === 'string' ? value.asWritten : null;
    return { name: value.name, asWritten };
  }
  return null;
}

function viewOf(article: ArticleAsRead): ParsedView {
  return {
    blocks: article.blocks.map((block) => ({ kind: block.kind, text: block.text ?? block.title ?? '' })),
    quotes: article.quotes.map((quote) => ({ text: quote.text, speaker: speakerOf(quote.speaker) })),
    dates: article.dates.map((date) => ({ text: date.text, value: date.value !== undefined ? date.value : (date.iso ?? null) })),
    setAside: article.setAside.map(({ text, reason }) => ({ text, reason })),
  };
}

interface LoadedArticle {
  folder: string;
  text: string;
  gold: Gold;
}

async function loadArticles(filter: string | undefined): Promise<{ articles: LoadedArticle[]; errors: string[] }> {
  const folders = articleFolders().filter((folder) => filter === undefined || folder.includes(filter));
  const articles: LoadedArticle[] = [];
  const errors: string[] = [];
  for (const folder of folders) {
    const articleFile = join(ARTICLES_DIR, folder, 'article.txt');
    const goldFile = join(ARTICLES_DIR, folder, 'gold.json');
    const read = await readArticleFile(articleFile);
    if (!read.ok) {
      errors.push(read.problem);
      continue;
    }
    const json = await readFile(goldFile, 'utf8').catch(() => null);
    if (json === null) {
      errors.push(`${goldFile}: no such file`);
      continue;
    }
    const reading = readGold(json);
    if (!reading.ok) {
      errors.push(`${goldFile}: ${reading.problem}`);
      continue;
    }
    const [problem] = goldProblemsAgainstText(reading.gold, read.text);
    if (problem !== undefined) {
      errors.push(`${goldFile}: ${problem}`);
      continue;
    }
    articles.push({ folder, text: read.text, gold: reading.gold });
  }
  return { articles, errors };
}

function evaluate(articles: readonly LoadedArticle[]): { scores: ArticleScore[]; notes: string[] } {
  const parsed = articles.map(({ text, gold }) => {
    const options: ParseOptions = gold.source.publishedAt === null ? {} : { publishedAt: gold.source.publishedAt };
    return parseForEvaluation(text, options);
  });
  // Headings are scored once the parser makes heading blocks at all (it does since the lines pass reads intertitles);
  // a parser that makes none would have every heading counted as missed.
  const measureHeadings = parsed.some((result) => result.ok && result.article.blocks.some((block) => block.kind === 'heading'));
  const notes = measureHeadings ? [] : ['headings: not measured (the parser makes no heading blocks)'];
  const scores = articles.map(({ folder, text, gold }, index) => {
    const result = parsed[index];
    const view = result?.ok ? viewOf(result.article) : null;
    const problem = result && !result.ok ? result.problem : undefined;
    return scoreArticle(folder, gold, text, view, { measureHeadings, ...(problem === undefined ? {} : { problem }) });
  });
  return { scores, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const figure = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const ofTotal = (part: number | null, whole: number | null) => (whole === null || part === null ? 'n/a' : `${part}/${whole}`);

function row(name: string, counts: Counts): string[] {
  const r = rates(counts);
  return [
    name,
    `${counts.matchedQuotes}/${counts.goldQuotes}/${counts.predictedQuotes}`,
    figure(r.precision),
    figure(r.recall),
    figure(r.f1),
    figure(r.speakersRight),
    String(counts.wrongSpeakers),
    String(counts.missingSpeakers),
    ofTotal(counts.boilerplateLeaked, counts.boilerplateLines),
    `${ofTotal(counts.wordsLost, counts.bodyWords)} +${counts.wordsInDatelines}`,
    `${ofTotal(counts.captionsFound, counts.captions)} +${counts.falseCaptions}`,
    `${ofTotal(counts.headingsFound, counts.headings)} +${counts.falseHeadings ?? 'n/a'}`,
    `${counts.datesFound}/${counts.dates} ${ofTotal(counts.dateValuesRight, counts.datesFound)}`,
  ];
}

const HEADER = ['article', 'quotes m/g/p', 'P', 'R', 'F1', 'spk ok', 'wrong', 'no spk', 'bp leaked', 'words lost', 'captions', 'headings', 'dates found, value ok'];

function table(rows: string[][]): string {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(rows[0] ?? []), ...rows.slice(1, -1).map(line), '', line(rows[rows.length - 1] ?? [])].join('\n');
}

function textReport(scores: readonly ArticleScore[], total: Counts, notes: readonly string[]): string {
  const out: string[] = [];
  out.push(table([HEADER, ...scores.map((score) => row(score.article, score.counts)), row(`total (${scores.length} articles)`, total)]));
  out.push('', 'quotes m/g/p: matched/gold/predicted; spk ok: speakers right over matched quotes; wrong: a name where the');
  out.push('annotation has another (or none); no spk: no speaker where it has one; bp leaked: boilerplate lines in the body;');
  out.push('captions, headings: found/annotated +blocks of that kind the annotation does not have; words lost: +words');
  out.push('moved to a set-aside dateline ("PARIS (AFP) –" split off its paragraph), listed in the JSON, not lost.');
  for (const note of notes) out.push(`note: ${note}`);
  const failures = scores.flatMap((score) => score.failures);
  for (const kind of FAILURE_KINDS) {
    const ofKind = failures.filter((failure) => failure.kind === kind);
    if (ofKind.length === 0) continue;
    out.push('', `## ${kind} (${ofKind.length})`);
    for (const failure of ofKind) out.push(`- ${failure.article}: ${clip(failure.text)}  [expected: ${clip(failure.expected)}]`);
  }
  return `${out.join('\n')}\n`;
}

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

function jsonReport(scores: readonly ArticleScore[], total: Counts, notes: readonly string[]): string {
  return `${JSON.stringify(
    {
      total: { counts: total, rates: rates(total) },
      articles: scores.map((score) => ({ article: score.article, counts: score.counts, rates: rates(score.counts) })),
      failures: scores.flatMap((score) => score.failures),
      notes,
    },
    null,
    2,
  )}\n`;
}

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  if (rest.length > 1 || rest.some((arg) => arg.startsWith('-'))) {
    process.stderr.write(`error: ${USAGE}\n`);
    return 2;
  }
  const { articles, errors } = await loadArticles(rest[0]);
  if (errors.length > 0) {
    for (const error of errors) process.stderr.write(`error: ${error.replace(/[\r\n]+/g, ' ')}\n`);
    return 1;
  }
  if (articles.length === 0) {
    process.stderr.write(`error: ${ARTICLES_DIR}: no article folder${rest[0] === undefined ? '' : ` matches "${rest[0]}"`}\n`);
    return 1;
  }
  const { scores, notes } = evaluate(articles);
  const total = addCounts(scores.map((score) => score.counts));
  process.stdout.write(json ? jsonReport(scores, total, notes) : textReport(scores, total, notes));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: eval:articles: internal error (${error instanceof Error ? error.message : String(error)})\n`);
    process.exitCode = 1;
  },
);
