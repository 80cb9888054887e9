// `npm run bench:parse`: how long the article parser takes. Prints figures; passes or fails on nothing.
// The seed article's median and p90; the throughput on generated 2 MB and 20 MB articles (the ratio shows
// whether the cost grows linearly); and lines built to make a careless parser backtrack or go quadratic.
// `-- --against REV` also times the parser of git revision REV (its src/parser, from git) on the same inputs, in
// turns with this one in the same process, and prints both with their ratio: on a busy machine only a comparison
// made in one run means anything (`--against 4a01eb1` is the parser before issues 7 and 8).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext } from '../src/parser/context';
import { parseArticle, PASSES, type ParseResult } from '../src/parser/parse-article';

type Parse = (raw: string) => ParseResult;
const SEED = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles', 'seed-biden-irak', 'article.txt');
const WARM_UP_RUNS = 100;
const SEED_RUNS = 500;
const MB = 1_000_000;

function parseOrFail(text: string, parse: Parse = parseArticle): void {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(`the benchmark input is not an article: ${parsed.problem}`);
}

/** The parser of another revision: its src/parser extracted from git into a temporary folder (the parser imports
 *  nothing outside it). */
async function parserAt(revision: string): Promise<{ parse: Parse; cleanUp(): void }> {
  const projectDir = join(import.meta.dirname, '..');
  const folder = mkdtempSync(join(tmpdir(), 'liseuse-bench-parser-'));
  const archive = execFileSync('git', ['archive', '--format=tar', revision, 'src/parser'], { cwd: projectDir, maxBuffer: 64 * MB });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  const module = (await import(pathToFileURL(join(folder, 'src/parser/parse-article.ts')).href)) as { parseArticle: Parse };
  return { parse: module.parseArticle, cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function medianMs(runs: number, run: () => void): number {
  const times = Array.from({ length: runs }, () => timeMs(run)).sort((a, b) => a - b);
  return percentile(times, 0.5);
}

const PEOPLE = ['Joe Biden', 'Élise Fournier', 'Nasser al Shammari', 'Christine Lagarde', 'Mustafa Al-Kadhimi'];
const MONTHS = ['janvier', 'mars', 'juillet', 'octobre', 'décembre'];

/** One line of a generated article: paragraphs with quotes of every kind, captions (some doubled), related
 *  headlines, scare quotes, artifacts and dates, each with its number so that no two lines are the same. */
function generatedLine(n: number): string[] {
  const person = PEOPLE[n % PEOPLE.length] ?? '';
  const surname = person.split(' ').pop() ?? '';
  const month = MONTHS[n % MONTHS.length] ?? '';
  switch (n % 8) {
    case 0:
      return [`Le président ${person} a déclaré lundi que le dossier ${n} « avancerait d’ici la fin de l’année » en Irak.`];
    case 1:
      return [`“Notre lutte commune contre l’Etat islamique est essentielle (point ${n})”, a déclaré ${surname}.`];
    case 2:
      return [`PHOTO : ${person}, à droite, le ${(n % 28) + 1} ${month} 2021, réunion ${n}. (Susan Walsh/AP)`,
        `PHOTO : ${person}, à droite, le ${(n % 28) + 1} ${month} 2021, réunion ${n}. (Susan Walsh/AP)`];
    case 3:
      return [`Dans une série de “dialogues stratégiques” (n° ${n}), ils ont négocié des moyens de renforcer la coopération, ` +
        `notamment le commerce et l’énergie, en ${month} ${2000 + (n % 25)}.`];
    case 4:
      return [`Les États-Unis envoient ${n} doses de COVID-19[femininevaccins, qui, selon le président, devraient arriver “dans quelques semaines”. .`];
    case 5:
      return [`PLUS : Le secrétaire à la Défense évalue l’attaque numéro ${n} en Irak`];
    case 6:
      return [`Le porte-parole d’un groupe a déclaré dans un communiqué que le plan ${n} était un "truc bon marché", ` +
        `a déclaré le porte-parole, ${person}. Quelques jours plus tard, la semaine dernière, rien n’avait changé.`];
    default:
      return [`Comme partout dans le monde, a ajouté le responsable ${n}, les troupes se réservent le droit de se défendre <b>${n}</b> & plus.`];
  }
}

function generatedArticle(targetBytes: number): string {
  const lines = ['Les États-Unis terminent leur mission de combat en Irak'];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    for (const line of generatedLine(n)) {
      lines.push(line);
      bytes += Buffer.byteLength(line) + 2;
    }
  }
  return lines.join('\n\n');
}

function pathological(label: string, unit: string): [string, string] {
  return [label, `Titre\n\nUn paragraphe.\n\n${unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)}`];
}

/** Each pass's share of a parse (median of 3 runs, garbage collection counted in the pass it interrupts): where to
 *  look first. */
function passShares(text: string): string {
  const times = new Map<string, number[]>(PASSES.map((pass) => [pass.name, []]));
  for (let run = 0; run < 3; run++) {
    const context = createContext(text, {});
    for (const pass of PASSES) times.get(pass.name)!.push(timeMs(() => pass.run(context)));
  }
  const medians = [...times].map(([name, list]) => [name, percentile([...list].sort((a, b) => a - b), 0.5)] as const);
  const total = medians.reduce((sum, [, ms]) => sum + ms, 0);
  return medians.map(([name, ms]) => `${name} ${((100 * ms) / total).toFixed(0)}%`).join(', ');
}

/** Runs `run` for each parser in turn, `rounds` times, and gives each one's median time (ms) per call of `run`. */
function medianInTurns(parsers: readonly Parse[], rounds: number, run: (parse: Parse) => void): number[] {
  const times = parsers.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    // Each round changes who goes first, so neither always runs on a cache the other warmed.
    parsers.forEach((_, turn) => {
      const index = (turn + round) % parsers.length;
      const parse = parsers[index]!;
      times[index]!.push(timeMs(() => run(parse)));
    });
  }
  return times.map((list) => percentile([...list].sort((a, b) => a - b), 0.5));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const againstAt = args.indexOf('--against');
  const against = againstAt >= 0 ? args[againstAt + 1] : undefined;
  const baseline = against ? await parserAt(against) : null;
  const parsers: Parse[] = baseline ? [parseArticle, baseline.parse] : [parseArticle];
  const label = (values: number[], format: (value: number) => string) =>
    baseline ? `${format(values[0]!)} (${against}: ${format(values[1]!)}, ratio ${(values[0]! / values[1]!).toFixed(2)})` : format(values[0]!);
  const seed = readFileSync(SEED, 'utf8');
  console.log(`Article parser benchmark (node ${process.version}), load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  if (baseline) console.log(`Each figure is this parser's, then in brackets the parser of ${against}, timed in turns in this process.`);

  for (const parse of parsers) for (let run = 0; run < WARM_UP_RUNS; run++) parseOrFail(seed, parse);
  // The seed is timed in batches of 10, each parser in turn, so that a busy moment of the machine hits both alike.
  const seedMedians = medianInTurns(parsers, SEED_RUNS / 10, (parse) => { for (let run = 0; run < 10; run++) parseOrFail(seed, parse); })
    .map((ms) => ms / 10);
  console.log(
    `seed article (${(Buffer.byteLength(seed) / 1000).toFixed(1)} kB): median ${label(seedMedians, (ms) => `${ms.toFixed(3)} ms`)} ` +
      `of ${SEED_RUNS / 10} batches of 10 runs, after ${WARM_UP_RUNS} warm-up runs`,
  );

  const sizes: [number, number][] = [[2 * MB, 5], [20 * MB, 3]];
  const perSize: number[] = [];
  for (const [size, runs] of sizes) {
    const article = generatedArticle(size);
    const bytes = Buffer.byteLength(article);
    for (const parse of parsers) parseOrFail(article, parse);
    const medians = medianInTurns(parsers, runs, (parse) => parseOrFail(article, parse));
    perSize.push(medians[0]!);
    console.log(
      `generated article ${(bytes / MB).toFixed(1).padStart(4)} MB: ${label(medians, (ms) => `${ms.toFixed(0)} ms`)}, ` +
        `${label(medians.map((ms) => bytes / MB / (ms / 1000)), (rate) => `${rate.toFixed(1)} MB/s`)} (median of ${runs})`,
    );
  }
  const [small, large] = perSize;
  if (small !== undefined && large !== undefined) {
    console.log(`20 MB / 2 MB time ratio: ${(large / small).toFixed(1)} (10 when the cost is linear)`);
  }
  console.log(`where the time goes on 2 MB: ${passShares(generatedArticle(2 * MB))}`);

  for (const [label, text] of [
    pathological('1 MB line of unmatched «', '«'),
    pathological('1 MB line of unmatched “', '“'),
    pathological('1 MB line of mixed quote marks « “ ” » "', '« “ ” » " '),
    pathological('1 MB line of "x" quotes after a speech verb', 'a déclaré "x" '),
    pathological('1 MB line of "(/" (caption credit scan)', '(/'),
    pathological('1 MB line of <a (unclosed tags)', '<a '),
  ]) {
    console.log(`pathological, ${label}: ${medianMs(3, () => parseOrFail(text)).toFixed(0)} ms`);
  }
  baseline?.cleanUp();
}

main().catch((error: unknown) => {
  // A revision git does not know, most likely: one line, not a stack.
  console.error(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
});
