// `npm run bench:parse`: how long the article parser takes. Prints figures; passes or fails on nothing.
// The seed article's median and p90; the throughput on generated 2 MB and 20 MB articles (the ratio shows
// whether the cost grows linearly); and lines built to make a careless parser backtrack or go quadratic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/parser/parse-article';

const SEED = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles', 'seed-biden-irak', 'article.txt');
const WARM_UP_RUNS = 100;
const SEED_RUNS = 500;
const MB = 1_000_000;

function parseOrFail(text: string): void {
  const parsed = parseArticle(text);
  if (!parsed.ok) throw new Error(`the benchmark input is not an article: ${parsed.problem}`);
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

function main(): void {
  const seed = readFileSync(SEED, 'utf8');
  console.log(`Article parser benchmark (node ${process.version})`);

  for (let run = 0; run < WARM_UP_RUNS; run++) parseOrFail(seed);
  const seedTimes = Array.from({ length: SEED_RUNS }, () => timeMs(() => parseOrFail(seed))).sort((a, b) => a - b);
  console.log(
    `seed article (${(Buffer.byteLength(seed) / 1000).toFixed(1)} kB): median ${percentile(seedTimes, 0.5).toFixed(3)} ms, ` +
      `p90 ${percentile(seedTimes, 0.9).toFixed(3)} ms over ${SEED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs`,
  );

  const sizes: [number, number][] = [[2 * MB, 5], [20 * MB, 3]];
  const perSize: number[] = [];
  for (const [size, runs] of sizes) {
    const article = generatedArticle(size);
    const bytes = Buffer.byteLength(article);
    parseOrFail(article);
    const ms = medianMs(runs, () => parseOrFail(article));
    perSize.push(ms);
    console.log(
      `generated article ${(bytes / MB).toFixed(1).padStart(4)} MB: ${ms.toFixed(0).padStart(5)} ms ` +
        `(median of ${runs}), ${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`,
    );
  }
  const [small, large] = perSize;
  if (small !== undefined && large !== undefined) {
    console.log(`20 MB / 2 MB time ratio: ${(large / small).toFixed(1)} (10 when the cost is linear)`);
  }

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
}

main();
