// The date evaluation corpus (eval/dates/cases.json): its case type, the TIMEX value pattern, and the checks that
// keep the hand-written gold well-formed. Shared by `npm run eval:dates` and the corpus test.
import { readFileSync } from 'node:fs';

/** The kinds of expression the corpus reports accuracy for, as the README's guidelines define them. */
export const DATE_FAMILIES = [
  'absolute-date', 'partial-date', 'weekday', 'deictic-day', 'relative-week-month-year', 'ago-in', 'since-until',
  'month-part', 'season-quarter', 'decade-century', 'range', 'time-of-day', 'narrative', 'reference', 'negative',
] as const;
export type DateFamily = (typeof DATE_FAMILIES)[number];

export const DATE_MODS = ['start', 'mid', 'end', 'by', 'since', 'around'] as const;

/** Gold value of a number-like non-date or a duration: the engine must find no date there. */
export const NO_DATE = 'none';

export interface DateCaseSource { url?: string; repo?: string; path?: string; site: string; title?: string }

export interface DateCase {
  id: string;
  sentence: string;
  /** The sentence(s) before, when the value is anchored on them (narrative anchoring). */
  context?: string;
  expression: string;
  publishedAt: string;
  /** TIMEX3-style value; null when a careful reader cannot know it; "none" when there is no date at all. */
  value: string | null;
  mod?: (typeof DATE_MODS)[number];
  family: DateFamily;
  source: DateCaseSource;
  note?: string;
}

// One point in time at the precision the words give: 2021-07-26T14:30, 2021-07-26TEV (part of day), 2021-07-26,
// 2021-07, 2021-W29, 2021-W29-WE (weekend), 2021-Q3, 2021-H1, 2021-SU (season), 2021, 199 (decade), 19 (century).
const TIMEX_POINT =
  String.raw`\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}|MO|AF|EV|NI)|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}-W\d{2}(?:-WE)?` +
  String.raw`|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(?:SP|SU|FA|WI)|\d{2,4}`;
/** A TIMEX3-style value: a point, a range "A/B" of points, or a vague reference. */
export const TIMEX_VALUE = new RegExp(String.raw`^(?:(?:${TIMEX_POINT})(?:/(?:${TIMEX_POINT}))?|PAST_REF|PRESENT_REF|FUTURE_REF)$`);

const PUBLISHED_AT = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the cases, one line each ("jdm-1117a-03: the expression is not in the sentence"); [] if nothing. */
export function corpusProblems(cases: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  cases.forEach((raw, index) => {
    const item = (raw ?? {}) as Partial<Record<keyof DateCase, unknown>>;
    const name = typeof item.id === 'string' && item.id !== '' ? item.id : `case #${index + 1}`;
    const say = (problem: string) => problems.push(`${name}: ${problem}`);
    if (typeof item.id !== 'string' || item.id === '') say('no id');
    else if (seen.has(item.id)) say('the id is used twice');
    else seen.add(item.id);
    if (typeof item.sentence !== 'string' || item.sentence.trim() === '') say('no sentence');
    if (item.context !== undefined && (typeof item.context !== 'string' || item.context.trim() === '')) say('an empty context');
    if (typeof item.expression !== 'string' || item.expression === '') say('no expression');
    else if (typeof item.sentence === 'string' && !item.sentence.includes(item.expression)) say(`the expression "${item.expression}" is not in the sentence`);
    if (typeof item.publishedAt !== 'string' || !PUBLISHED_AT.test(item.publishedAt) || Number.isNaN(Date.parse(item.publishedAt))) {
      say(`publishedAt ${JSON.stringify(item.publishedAt)} is not a YYYY-MM-DD date`);
    }
    if (!DATE_FAMILIES.includes(item.family as DateFamily)) say(`unknown family ${JSON.stringify(item.family)}`);
    if (item.value === NO_DATE) {
      if (item.family !== 'negative') say('the value "none" belongs to the negative family');
    } else if (item.value !== null && (typeof item.value !== 'string' || !TIMEX_VALUE.test(item.value))) {
      say(`the value ${JSON.stringify(item.value)} is not a TIMEX value, null or "none"`);
    } else if (item.family === 'negative') say('a negative case has the value "none"');
    if (item.mod !== undefined && !DATE_MODS.includes(item.mod as (typeof DATE_MODS)[number])) say(`unknown mod ${JSON.stringify(item.mod)}`);
    const source = item.source as Partial<DateCaseSource> | undefined;
    if (typeof source !== 'object' || source === null || typeof source.site !== 'string' || source.site === '') say('no source site');
    else if (typeof source.url !== 'string' && !(typeof source.repo === 'string' && typeof source.path === 'string')) say('the source has neither url nor repo and path');
  });
  return problems;
}

/** Reads and checks the corpus; throws a message naming the file and every problem. */
export function readDateCases(file: string): DateCase[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the cases (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${file}: the cases must be a JSON array`);
  const problems = corpusProblems(parsed);
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} malformed case(s):\n  ${problems.join('\n  ')}`);
  return parsed as DateCase[];
}
