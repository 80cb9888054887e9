// `npm run --silent parse -- [--published YYYY-MM-DD] FILE`: prints the article in FILE (or in standard input when
// FILE is "-") as JSON; `--published` gives the date relative expressions ("hier", "jeudi") count from.
// Unusable input exits 1 with one line on stderr, "error: FILE: problem", and nothing on stdout.
import { parseDay } from '../src/parser/dates/calendar-day';
import { parseArticle, type ParseOptions } from '../src/parser/parse-article';
import { decodeArticleBytes, readArticleFile, type ArticleFileResult } from './read-article-file';

const USAGE = 'usage: npm run --silent parse -- [--published YYYY-MM-DD] FILE (FILE may be - for standard input)';

/** The file and options in the arguments, or the line to print when they are wrong (and the exit code). */
function readArguments(args: readonly string[]): { file: string; options: ParseOptions } | { problem: string; code: number } {
  const rest = [...args];
  const options: ParseOptions = {};
  const flag = rest.findIndex((arg) => arg === '--published' || arg.startsWith('--published='));
  if (flag >= 0) {
    const [written] = rest.splice(flag, 1);
    const value = written?.includes('=') ? written.slice(written.indexOf('=') + 1) : rest.splice(flag, 1)[0];
    if (value === undefined || value === '') return { problem: `--published needs a date: ${USAGE}`, code: 2 };
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || parseDay(value) === null) {
      return { problem: `--published: "${value}" is not a date (write it YYYY-MM-DD, e.g. 2021-07-26)`, code: 1 };
    }
    options.publishedAt = value;
  }
  const [file] = rest;
  if (rest.length !== 1 || file === undefined || file === '') return { problem: USAGE, code: 2 };
  return { file, options };
}

async function main(args: readonly string[]): Promise<number> {
  const given = readArguments(args);
  if ('problem' in given) {
    reportError(given.problem);
    return given.code;
  }
  const { file, options } = given;
  const name = file === '-' ? 'stdin' : file;
  const read: ArticleFileResult = file === '-' ? decodeArticleBytes(await readStandardInput(), name) : await readArticleFile(file);
  if (!read.ok) {
    reportError(read.problem);
    return 1;
  }
  const parsed = parseArticle(read.text, options);
  if (!parsed.ok) {
    reportError(`${name}: ${parsed.problem}`);
    return 1;
  }
  await write(`${JSON.stringify(parsed.article, null, 2)}\n`);
  return 0;
}

async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Exactly one line, whatever the message holds: scripts read stderr line by line. */
function reportError(message: string): void {
  process.stderr.write(`error: ${message.replace(/[\r\n]+/g, ' ')}\n`);
}

// A reader piping into `head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? 0));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    reportError(`${process.argv[2] ?? 'parse'}: internal error (${reason})`);
    process.exitCode = 1;
  },
);
