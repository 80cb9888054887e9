// What a date parser reads in the words, before any reference date is known, and the shape of a parser and of a
// refiner (wanasit/chrono's split: parsers find one form each; refiners do what cuts across forms).
import type { CalendarUnit } from '../lexicon/fr/calendar';
import type { DateModifier, DatePrecision } from '../article';

export type Direction = -1 | 1;
/** Which date a relative expression counts from: the publication ("hier", "la semaine dernière"), the date the
 *  passage is about ("la veille", "deux jours plus tard"), or the passage's date when the passage has one and the
 *  publication otherwise ("ce mois-ci" in a paragraph about January 2020); or an event the passage is at ("le
 *  lendemain du scrutin"), whose date is the passage's only when the text gave one before. */
export type Origin = 'publication' | 'narrative' | 'passage' | 'told-event';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type Tense = 'past' | 'future';

/** The meaning of the words, as far as the words alone say it. */
export type Reading =
  /** Complete in itself: "janvier 2020", "2021", "les années 1990", "le XXe siècle". */
  | { kind: 'fixed'; value: string; precision: DatePrecision }
  /** A day; month and year may be missing ("le 3", "le 1er août"): the reference date gives them. */
  | { kind: 'date'; day: number; month: number | null; year: number | null; weekday: number | null; shift: Direction | null }
  /** A month without its year, or moved from the reference ("en mars", "mars prochain"). */
  | { kind: 'month'; month: number; year: number | null; shift: Direction | null }
  | { kind: 'season'; season: Season; year: number | null; shift: Direction | 0 | null }
  /** A weekday: "jeudi" (the tense says which), "lundi dernier", "mardi prochain". */
  | { kind: 'weekday'; weekday: number; shift: Direction | 0 | null; origin: Origin }
  /** Counted units from an origin: "hier" (1 day back), "il y a trois ans", "quelques jours plus tard"
   *  (amount null: a vague count). */
  | { kind: 'offset'; unit: CalendarUnit; amount: number | null; direction: Direction | 0; origin: Origin }
  /** The calendar period around an origin, moved by `shift`: "la semaine dernière", "ce mois-ci", "l’an dernier".
   *  `toldBefore`: only a date when the clause is not about the future ("les troubles du week-end", not "les
   *  horaires du week-end seront évalués"). */
  | { kind: 'period'; unit: 'week' | 'weekend' | 'month' | 'year'; shift: number; origin: Origin; toldBefore?: boolean }
  /** A quarter or half of a year: "au premier trimestre 2021", "le second semestre". */
  | { kind: 'part-of-year'; unit: 'quarter' | 'half'; index: number; year: number | null }
  | { kind: 'reference'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  /** "du 3 au 5 juin", "de 2010 à 2015", "les 3 et 4 juin": two readings, the value "A/B". */
  | { kind: 'range'; from: Reading; to: Reading };

/** A temporal expression found in a block, not yet resolved. */
export interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  rule: string;
  partOfDay: PartOfDay | null;
  time: { hour: number; minute: number } | null;
  mod: DateModifier | null;
  /** The tense of the clause, for the readings whose direction the words leave open ("jeudi", "en mars"). */
  tense: Tense | null;
}

/** What a parser makes of one match: the reading, and the part of the day or clock time the words add. The
 *  mention spans the named group `mention` when the pattern has one ("le 3 juin" is read, "3 juin" shown). */
export interface Extracted {
  reading: Reading;
  partOfDay?: PartOfDay;
  time?: { hour: number; minute: number };
  mod?: DateModifier;
  /** Where the mention starts when the words read back before the match belong to it ("la" of "la semaine"). */
  start?: number;
}

/** One date form: a pattern run over a block's text and what its matches mean (null: not a date after all). */
export interface DateParser {
  rule: string;
  /** A cheap test every match implies, on the lower-cased paragraph: one of these words ("depuis" for "depuis
   *  trois ans"), or a small pattern. Most paragraphs fail it, and the costlier pattern never runs over them. */
  cue: readonly string[] | RegExp;
  /** Every match starts at most this many characters before its cue (a cue word, or where the cue pattern matches:
   *  "d’ici" holds "ici" 2 characters in), so the pattern is run from the first cue on, not from the start of the
   *  paragraph. Left out when a match may start further back ("le 3 mars": the day before the month, after any number
   *  of spaces). tests/parser/dates/cues.test.ts checks the promise on the corpora. */
  cueLead?: number;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Extracted | null;
}

/** A step over one block's candidates, in text order. */
export type BlockRefiner = (candidates: Candidate[], text: string) => Candidate[];

export function candidate(start: number, end: number, reading: Reading, rule: string): Candidate {
  return { start, end, reading, rule, partOfDay: null, time: null, mod: null, tense: null };
}
