// The hand annotation of one evaluation article (eval/articles/<folder>/gold.json): its schema, and the checks that
// tie it to the article's text. Shared by `npm run eval:articles` and the test that keeps every gold file honest.
import { readdirSync } from 'node:fs';
import { z } from 'zod';

/** Where the evaluation articles live, relative to the repository root (npm scripts and tests run there). */
export const ARTICLES_DIR = 'eval/articles';

/** The article folders in name order ("01-…", "02-…"); none when the directory does not exist. */
export function articleFolders(directory: string = ARTICLES_DIR): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

export const SOURCE_KINDS = [
  'national-daily',
  'regional-daily',
  'wire',
  'magazine',
  'radio-tv',
  'blog',
  'machine-translated',
  'foreign-francophone',
] as const;

const text = z.string().refine((value) => value.trim() !== '', 'must not be empty');

const goldSchema = z.strictObject({
  source: z.strictObject({
    url: z.url(),
    site: text,
    foundVia: text,
    kind: z.enum(SOURCE_KINDS),
    publishedAt: z.iso.date().nullable(),
    /** Anything an annotator should know about the source: which part of the page, what is partial. */
    note: z.string().optional(),
  }),
  quotes: z.array(
    z.strictObject({
      text,
      /** The fullest name the text gives, the words it uses for an unnamed speaker, or null when it is not certain. */
      speaker: text.nullable(),
      note: z.string().optional(),
    }),
  ),
  notQuotes: z.array(text),
  boilerplate: z.array(text),
  captions: z.array(text),
  headings: z.array(text),
  dates: z.array(z.strictObject({ text, value: text.nullable() })),
});

export type Gold = z.output<typeof goldSchema>;
export type GoldQuote = Gold['quotes'][number];

export type GoldReading = { ok: true; gold: Gold } | { ok: false; problem: string };

/** Reads gold.json's text. The problem names the place in the file: "quotes[3].speaker: expected string". */
export function readGold(json: string): GoldReading {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = goldSchema.safeParse(data);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('') ?? '';
  return { ok: false, problem: `${where || 'the file'}: ${issue?.message ?? 'not a gold annotation'}` };
}

/** The lines of article.txt as the parser sees them: trimmed, blank lines left out. */
export function articleLines(articleText: string): string[] {
  return articleText
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * What in the gold file is not in the article as written: quote words, not-quotes and dates must be found verbatim
 * in the text; boilerplate, captions and headings are whole lines. Every problem names the entry.
 */
export function goldProblemsAgainstText(gold: Gold, articleText: string): string[] {
  const lines = articleLines(articleText);
  const lineSet = new Set(lines);
  const problems: string[] = [];
  const inText = (label: string, values: readonly string[]) =>
    values.forEach((value, index) => {
      if (!articleText.includes(value)) problems.push(`${label}[${index}] is not in article.txt: "${value}"`);
    });
  const wholeLines = (label: string, values: readonly string[]) =>
    values.forEach((value, index) => {
      if (!lineSet.has(value)) problems.push(`${label}[${index}] is not a line of article.txt: "${value}"`);
    });
  inText('quotes', gold.quotes.map((quote) => quote.text));
  inText('notQuotes', gold.notQuotes);
  inText('dates', gold.dates.map((date) => date.text));
  wholeLines('boilerplate', gold.boilerplate);
  wholeLines('captions', gold.captions);
  wholeLines('headings', gold.headings);
  // A page may repeat its title further down (a share box, a teaser): that repetition can be clutter, the title cannot.
  const title = lines[0];
  if (title !== undefined && lines.indexOf(title, 1) === -1 && [...gold.boilerplate, ...gold.captions, ...gold.headings].includes(title))
    problems.push('the first line is the title: it cannot be boilerplate, a caption or a heading');
  return problems;
}

/** The gold body: every line after the title that is not boilerplate, a caption or a heading. */
export function goldBodyLines(gold: Gold, articleText: string): string[] {
  const notBody = new Set([...gold.boilerplate, ...gold.captions, ...gold.headings]);
  return articleLines(articleText)
    .slice(1)
    .filter((line) => !notBody.has(line));
}
