// `npm run --silent parse -- FILE`: prints the article in FILE (or in standard input when FILE is "-") as JSON.
// Unusable input exits 1 with one line on stderr, "error: FILE: problem", and nothing on stdout.
import { parseArticle } from '../src/parser/parse-article';
import { decodeArticleBytes, readArticleFile, type ArticleFileResult } from './read-article-file';

const USAGE = 'usage: npm run --silent parse -- FILE (FILE may be - for standard input)';

async function main(args: readonly string[]): Promise<number> {
  const [file] = args;
  if (args.length !== 1 || file === undefined || file === '') {
    reportError(USAGE);
    return 2;
  }
  const name = file === '-' ? 'stdin' : file;
  const read: ArticleFileResult = file === '-' ? decodeArticleBytes(await readStandardInput(), name) : await readArticleFile(file);
  if (!read.ok) {
    reportError(read.problem);
    return 1;
  }
  const parsed = parseArticle(read.text);
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
