// The dates pass, as it was before the French date engine: finds the temporal expressions of a block ("26 juillet
// 2021", "janvier 2020", "lundi après-midi", "quelques jours plus tard") and resolves only the absolute ones. Its
// month and weekday words are kept here until the engine brings lexicon/fr/calendar.ts.
import type { DateMention, DatePrecision } from './article';
import type { ParseContext } from './context';
import type { TextBlock } from './text-block';
import { alternation, FIRST, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './text-patterns';

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre',
];
export const WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Month names as scrapes spell them, with or without accents. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((month, index): [string, number] => [month, index + 1]),
  ['fevrier', 2], ['aout', 8], ['decembre', 12],
]);
const MONTH = alternation([...MONTH_NUMBERS.keys()]);
const WEEKDAY = alternation(WEEKDAYS);
const AMOUNT = String.raw`(?:quelques|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|\d{1,3})`;
const UNIT = String.raw`(?:jours?|semaines?|mois|ans|années?|heures?|décennies?)`;
const SP = String.raw`[\s\u00A0]+`;

/** Relative expressions: they place an event in time without a calendar date ("la semaine dernière"). */
const RELATIVE_DATES = [
  `${AMOUNT}${SP}${UNIT}${SP}(?:plus${SP}tard|plus${SP}tôt|auparavant)`,
  `(?:il${SP}y${SP}a|dans|d[’']ici)${SP}(?:les${SP})?${AMOUNT}${SP}(?:(?:prochain|dernier)e?s${SP})?${UNIT}`,
  `(?:la${SP}semaine|l[’']année|la${SP}veille|le${SP}week-end)${SP}(?:dernière|prochaine|passée|dernier|prochain)`,
  `(?:le${SP}mois|l[’']an|l[’']été|l[’']hiver|l[’']automne|le${SP}printemps)${SP}(?:dernier|prochain|passé)`,
  `ce${SP}mois-ci|cette${SP}semaine|cette${SP}année|ce${SP}mois|cet${SP}été|cet${SP}hiver|cet${SP}automne|ce${SP}printemps`,
  `ce${SP}(?:matin|soir|week-end)|cet${SP}après-midi|ce${SP}jour-là|le${SP}lendemain|la${SP}veille`,
  `d[’']ici${SP}(?:à${SP})?la${SP}fin${SP}(?:de${SP}l[’']année|du${SP}mois|de${SP}la${SP}semaine|de${SP}l[’']été|de${SP}\d{4}|d[’']année)`,
  `plus${SP}(?:tôt|tard)${SP}(?:cette${SP}(?:année|semaine)|dans${SP}la${SP}(?:journée|semaine|soirée))`,
  `aujourd[’']hui|avant-hier|après-demain|hier(?:${SP}(?:soir|matin|après-midi))?|demain(?:${SP}(?:soir|matin))?`,
].join('|');

/** "26 juillet 2021", "1er janvier 2020", "lundi 26 juillet": a day. Without a year it has no ISO date. */
const DAY_DATE = new RegExp(
  `${FIRST('0-9lmjvsd')}${NOT_AFTER_WORD}(?:(?:${WEEKDAY})${SP})?(?<day>1er|[0-3]?\\d)${SP}(?<month>${MONTH})(?:${SP}(?<year>\\d{4}))?${NOT_BEFORE_WORD}`,
  'giu',
);
/** "janvier 2020": a month. A month name without a year ("en mai") is too often something else to count. */
const MONTH_DATE = new RegExp(`${FIRST('jfmasondé')}${NOT_AFTER_WORD}(?<month>${MONTH})${SP}(?<year>\\d{4})${NOT_BEFORE_WORD}`, 'giu');
/** "2020": a year, 1900-2099. Wider ranges catch counts ("1500 soldats"); a digit group around it ("12 2020",
 *  "2020 000") means a number, not a year. */
const YEAR_DATE = /(?<![\p{L}\p{M}\p{N}\-–/.,])(?<year>19\d\d|20\d\d)(?![\p{L}\p{M}\p{N}\-–/])/gu;
const NUMBER_GROUP_BEFORE = /\d[ \u00A0\u202F]$/u;
const NUMBER_GROUP_AFTER = /^[ \u00A0\u202F]\d/u;
/** "lundi", "jeudi soir", "mardi dernier": relative to the article's own date, which the scrape lacks. */
const WEEKDAY_DATE = new RegExp(
  `${FIRST('lmjvsd')}${NOT_AFTER_WORD}(?:${WEEKDAY})(?:${SP}(?:matin|après-midi|soir|midi|dernier|prochain))?${NOT_BEFORE_WORD}`,
  'giu',
);
const RELATIVE_DATE = new RegExp(`${FIRST('0-9qpdtcshnvilea')}${NOT_AFTER_WORD}(?:${RELATIVE_DATES})${NOT_BEFORE_WORD}`, 'giu');

type Found = Omit<DateMention, 'blockId'>;

/** The dates pass. Captions date their photos, so they feed the timeline; related headlines are other stories. */
export function findDatesInArticle(context: ParseContext): void {
  for (const block of context.blocks) {
    if (block.kind !== 'related') context.dates.push(...findDates(block));
  }
}

export function findDates(block: TextBlock): DateMention[] {
  const found: Found[] = [];
  const text = block.text;

  for (const match of text.matchAll(DAY_DATE)) {
    const { day, month, year } = match.groups ?? {};
    const dayNumber = day === '1er' ? 1 : Number(day);
    const monthNumber = MONTH_NUMBERS.get((month ?? '').toLowerCase()) ?? 0;
    if (dayNumber < 1 || dayNumber > 31) continue;
    const valid = year !== undefined && dayNumber <= daysInMonth(Number(year), monthNumber);
    found.push(mention(match, 'day', valid ? `${year}-${pad(monthNumber)}-${pad(dayNumber)}` : null));
  }
  for (const match of text.matchAll(MONTH_DATE)) {
    const { month, year } = match.groups ?? {};
    const monthNumber = MONTH_NUMBERS.get((month ?? '').toLowerCase()) ?? 0;
    found.push(mention(match, 'month', `${year}-${pad(monthNumber)}`));
  }
  for (const match of text.matchAll(YEAR_DATE)) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    if (NUMBER_GROUP_BEFORE.test(before) || NUMBER_GROUP_AFTER.test(after)) continue;
    found.push(mention(match, 'year', match[0]));
  }
  for (const match of text.matchAll(WEEKDAY_DATE)) found.push(mention(match, 'relative', null));
  for (const match of text.matchAll(RELATIVE_DATE)) found.push(mention(match, 'relative', null));

  // The longest expression wins where two overlap: "26 juillet 2021" contains the year "2021".
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateMention[] = [];
  let lastEnd = -1;
  for (const date of found) {
    if (date.start < lastEnd) continue;
    dates.push({ text: date.text, blockId: block.id, start: date.start, end: date.end, precision: date.precision, iso: date.iso });
    lastEnd = date.end;
  }
  return dates;
}

function mention(match: RegExpExecArray | RegExpMatchArray, precision: DatePrecision, iso: string | null): Found {
  const start = match.index ?? 0;
  return { text: match[0], start, end: start + match[0].length, precision, iso };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
