// `npm run eval:dates`: how many of the corpus's temporal expressions the parser values right, per family, beside
// chrono-node's French locale on the same sentences. A report: it prints figures and exits 0 whatever they are.
//   --json        the whole report as JSON (cases, values, verdicts)
//   --family X    only the cases of one family (e.g. --family weekday)
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { parseArticle, type ParseResult } from '../src/parser/parse-article';
import { DATE_FAMILIES, NO_DATE, readDateCases, type DateCase, type DateFamily } from './date-eval-corpus';

const CORPUS = join(import.meta.dirname, '..', 'eval', 'dates', 'cases.json');
const TITLE = 'Évaluation des dates';

// The parser is gaining an options argument and a `value` on each date (issue 7); until then it takes one argument
// and has only `iso`. Calling it through this type compiles against both shapes.
type ParseWithOptions = (raw: string, options: { publishedAt?: string }) => ParseResult;
const parseWithOptions: ParseWithOptions = parseArticle;

/** The fields of a date mention the evaluation reads, whichever model version produced it. */
interface MentionView {
  start: number;
  end: number;
  value?: string | null;
  iso?: string | null;
  blockId?: string;
  paragraphId?: string;
}

/** What an engine answered for one case: a value, null (found, not valued), or no date over the expression. */
type Answer = { found: false } | { found: true; value: string | null };

interface Verdict {
  case: DateCase;
  ours: Answer;
  chrono: Answer;
  oursRight: boolean;
  chronoRight: boolean;
  /** Why our answer is missing when the harness, not the engine, lost the sentence. */
  oursProblem?: string;
}

function main(argv: readonly string[]): void {
  // `npm run eval:dates | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const json = argv.includes('--json');
  const familyIndex = argv.indexOf('--family');
  const family = familyIndex >= 0 ? argv[familyIndex + 1] : undefined;
  if (family !== undefined && !DATE_FAMILIES.includes(family as DateFamily)) {
    console.error(`eval:dates: unknown family "${family}"; one of ${DATE_FAMILIES.join(', ')}`);
    process.exit(1);
  }

  let cases: DateCase[];
  try {
    cases = readDateCases(CORPUS);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (family !== undefined) cases = cases.filter((item) => item.family === family);

  const started = performance.now();
  const verdicts = cases.map(judge);
  const elapsedMs = performance.now() - started;

  if (json) console.log(JSON.stringify(report(verdicts), null, 2));
  else printReport(verdicts, elapsedMs);
}

function judge(item: DateCase): Verdict {
  const { answer: ours, problem } = ourAnswer(item);
  const theirs = chronoAnswer(item);
  return { case: item, ours, chrono: theirs, oursRight: isRight(item, ours), chronoRight: isRight(item, theirs), ...(problem ? { oursProblem: problem } : {}) };
}

function ourAnswer(item: DateCase): { answer: Answer; problem?: string } {
  const raw = [TITLE, '', ...(item.context ? [item.context, ''] : []), item.sentence, ''].join('\n');
  const parsed = parseWithOptions(raw, { publishedAt: item.publishedAt });
  if (!parsed.ok) return { answer: { found: false }, problem: `not parsed: ${parsed.problem}` };
  const { article } = parsed;
  // The sentence's own block: the parser may have repaired spacing, so fall back to the last block of text.
  const textBlocks = article.blocks.flatMap((block) => (block.kind === 'related' ? [] : [{ id: block.id, text: block.text }]));
  const block = textBlocks.find((candidate) => candidate.text.includes(item.expression) && candidate.text.includes(item.sentence.slice(0, 20)))
    ?? textBlocks[textBlocks.length - 1];
  if (!block) return { answer: { found: false }, problem: 'the sentence became no block' };
  const from = block.text.indexOf(item.expression);
  if (from < 0) return { answer: { found: false }, problem: 'the expression is not in the block the parser made' };
  const mentions: readonly MentionView[] = article.dates;
  const inBlock = mentions.filter((mention) => (mention.blockId ?? mention.paragraphId) === block.id);
  const best = widestOverlap(inBlock, from, from + item.expression.length);
  return { answer: best ? { found: true, value: best.value ?? best.iso ?? null } : { found: false } };
}

function chronoAnswer(item: DateCase): Answer {
  const [year, month, day] = item.publishedAt.split('-').map(Number) as [number, number, number];
  const reference = new Date(year, month - 1, day, 12, 0, 0);
  const results = chrono.fr.parse(item.sentence, reference).map((result) => ({ start: result.index, end: result.index + result.text.length, result }));
  const from = item.sentence.indexOf(item.expression);
  const best = widestOverlap(results, from, from + item.expression.length);
  if (!best) return { found: false };
  const start = chronoValue(best.result.start);
  const end = best.result.end ? chronoValue(best.result.end) : null;
  return { found: true, value: start !== null && end !== null && end !== start ? `${start}/${end}` : start };
}

/** chrono's components as a TIMEX value, at the precision chrono read rather than implied. */
function chronoValue(components: chrono.ParsedComponents): string | null {
  const two = (n: number | null) => String(n ?? 0).padStart(2, '0');
  const date = `${components.get('year')}-${two(components.get('month'))}-${two(components.get('day'))}`;
  const dayKnown = components.isCertain('day') || components.isCertain('weekday');
  if (dayKnown && components.isCertain('hour')) return `${date}T${two(components.get('hour'))}:${two(components.get('minute'))}`;
  if (dayKnown) return date;
  if (components.isCertain('month')) return date.slice(0, 7);
  if (components.isCertain('year')) return date.slice(0, 4);
  return null;
}

function widestOverlap<T extends { start: number; end: number }>(spans: readonly T[], from: number, to: number): T | undefined {
  let best: T | undefined;
  let bestWidth = 0;
  for (const span of spans) {
    const width = Math.min(span.end, to) - Math.max(span.start, from);
    if (width > bestWidth) [best, bestWidth] = [span, width];
  }
  return best;
}

/** "2018-11-17t16:45:00 " and "2018-11-17T16:45" are the same value. */
function normalise(value: string): string {
  return value.trim().toUpperCase().replace(/(T\d{2}:\d{2}):00$/, '$1');
}

function isRight(item: DateCase, answer: Answer): boolean {
  if (item.value === NO_DATE) return !answer.found;
  // Unknowable: right when the engine gives no value, whether or not it marked the words.
  if (item.value === null) return !answer.found || answer.value === null;
  return answer.found && answer.value !== null && normalise(answer.value) === normalise(item.value);
}

function shown(answer: Answer): string {
  return answer.found ? (answer.value ?? 'null') : '—';
}

function percent(right: number, total: number): string {
  return total === 0 ? '   -  ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`;
}

interface Tally { family: string; cases: number; ours: number; chrono: number }

function tallies(verdicts: readonly Verdict[]): Tally[] {
  const rows = DATE_FAMILIES.map((family): Tally => {
    const own = verdicts.filter((verdict) => verdict.case.family === family);
    return { family, cases: own.length, ours: own.filter((v) => v.oursRight).length, chrono: own.filter((v) => v.chronoRight).length };
  }).filter((row) => row.cases > 0);
  const dated = verdicts.filter((verdict) => verdict.case.family !== 'negative');
  rows.push({ family: 'all but negatives', cases: dated.length, ours: dated.filter((v) => v.oursRight).length, chrono: dated.filter((v) => v.chronoRight).length });
  rows.push({ family: 'overall', cases: verdicts.length, ours: verdicts.filter((v) => v.oursRight).length, chrono: verdicts.filter((v) => v.chronoRight).length });
  return rows;
}

function report(verdicts: readonly Verdict[]) {
  const negatives = verdicts.filter((verdict) => verdict.case.value === NO_DATE);
  return {
    families: tallies(verdicts),
    falseDatesOnNegatives: { cases: negatives.length, ours: negatives.filter((v) => v.ours.found).length, chrono: negatives.filter((v) => v.chrono.found).length },
    cases: verdicts.map((verdict) => ({
      id: verdict.case.id, family: verdict.case.family, expression: verdict.case.expression, gold: verdict.case.value,
      ours: verdict.ours.found ? verdict.ours.value : undefined, oursRight: verdict.oursRight,
      chrono: verdict.chrono.found ? verdict.chrono.value : undefined, chronoRight: verdict.chronoRight,
      ...(verdict.oursProblem ? { oursProblem: verdict.oursProblem } : {}),
    })),
  };
}

function printReport(verdicts: readonly Verdict[], elapsedMs: number): void {
  const failures = verdicts.filter((verdict) => !verdict.oursRight);
  console.log('Failures (ours wrong): id | expression | gold | ours | chrono   (— = no date found)');
  for (const verdict of failures) {
    const gold = verdict.case.value === null ? 'null' : verdict.case.value;
    const problem = verdict.oursProblem ? `   [${verdict.oursProblem}]` : '';
    console.log(`  ${verdict.case.id} | ${verdict.case.expression} | ${gold} | ${shown(verdict.ours)} | ${shown(verdict.chrono)}${problem}`);
  }
  console.log('');
  console.log(`${'family'.padEnd(26)} ${'cases'.padStart(5)}   ${'ours'.padStart(6)}   ${'chrono'.padStart(6)}`);
  for (const row of tallies(verdicts)) {
    console.log(`${row.family.padEnd(26)} ${String(row.cases).padStart(5)}   ${percent(row.ours, row.cases)}   ${percent(row.chrono, row.cases)}`);
  }
  const { falseDatesOnNegatives: negatives } = report(verdicts);
  console.log('');
  console.log(`False dates on ${negatives.cases} negatives (numbers, durations): ours ${negatives.ours}, chrono ${negatives.chrono}`);
  console.log(`${verdicts.length} cases in ${elapsedMs.toFixed(0)} ms (values compared exactly after trimming and case; mods not scored)`);
}

main(process.argv.slice(2));
