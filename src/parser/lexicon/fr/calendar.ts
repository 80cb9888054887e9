// The French calendar words, once: months, weekdays, seasons, parts of the day, number words, time units and the
// words that shift them ("dernier", "prochain"). Every date pattern is derived from these lists (dates/patterns.ts).

/** Month names in order, with the spellings scrapes use without accents after the main one. */
export const MONTHS: readonly (readonly string[])[] = [
  ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'],
  ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
];

/** Weekday names, Monday first (ISO 8601 numbers them 1 to 7 from Monday). */
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** Seasons with their TIMEX3 codes: "l’été 2020" is 2020-SU. */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['printemps', 'SP'], ['été', 'SU'], ['automne', 'FA'], ['hiver', 'WI'],
]);

/** Parts of the day with their TIMEX3 codes: "lundi soir" is 2021-07-26TEV. */
export const PARTS_OF_DAY: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'> = new Map([
  ['matin', 'MO'], ['matinée', 'MO'], ['avant-midi', 'MO'], ['midi', 'MI'], ['après-midi', 'AF'], ['soir', 'EV'], ['soirée', 'EV'],
  ['nuit', 'NI'],
]);

/** Number words a news text writes out in full ("il y a trois jours", "deux semaines plus tard"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8],
  ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15],
  ['seize', 16], ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['cent', 100],
]);

export const TENS = [['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]] as const;
export const UNITS_OF_TEN = [['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9]] as const;
/** "vingt-cinq", "trente-deux", "vingt et un": the compounds, derived from the words above. */
export const COMPOUND_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  TENS.flatMap(([ten, tens]) => [
    [`${ten} et un`, tens + 1] as [string, number],
    ...UNITS_OF_TEN.map(([unit, units]): [string, number] => [`${ten}-${unit}`, tens + units]),
  ]),
);

/** "une dizaine d’années": about ten. The count is taken as said; the words keep their vagueness in the text. */
export const ROUND_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['une dizaine d’', 10], ['une quinzaine d’', 15], ['une vingtaine d’', 20], ['une trentaine d’', 30],
  ['une dizaine de', 10], ['une quinzaine de', 15], ['une vingtaine de', 20], ['une trentaine de', 30],
]);

/** Amounts that say "a few" without a number: the expression keeps its direction but loses its exact value. */
export const VAGUE_AMOUNTS = ['quelques', 'plusieurs', 'des', 'de nombreux', 'de nombreuses'] as const;

export type CalendarUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Time units, singular and plural: "il y a deux ans", "trois semaines plus tard". */
export const UNITS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['heure', 'hour'], ['heures', 'hour'], ['jour', 'day'], ['jours', 'day'], ['journée', 'day'], ['journées', 'day'],
  ['semaine', 'week'], ['semaines', 'week'], ['mois', 'month'], ['an', 'year'], ['ans', 'year'],
  ['année', 'year'], ['années', 'year'], ['décennie', 'decade'], ['décennies', 'decade'], ['siècle', 'century'],
  ['siècles', 'century'],
]);

/** Ordinals of quarters and halves: "au premier trimestre", "le deuxième semestre". */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['premier', 1], ['1er', 1], ['deuxième', 2], ['second', 2], ['2e', 2], ['troisième', 3], ['3e', 3],
  ['quatrième', 4], ['4e', 4], ['dernier', 4],
]);

/** Words after a period that move it one step: "la semaine dernière", "mars prochain", "l’an passé". */
export const SHIFT_WORDS: ReadonlyMap<string, -1 | 1> = new Map([
  ['dernier', -1], ['dernière', -1], ['passé', -1], ['passée', -1], ['précédent', -1], ['précédente', -1],
  ['prochain', 1], ['prochaine', 1], ['suivant', 1], ['suivante', 1],
]);

/** Decades written in words: "les années quatre-vingt" are the 1980s (TIMEX3 198). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['vingt', 2], ['trente', 3], ['quarante', 4], ['cinquante', 5], ['soixante', 6], ['soixante-dix', 7],
  ['quatre-vingt', 8], ['quatre-vingts', 8], ['quatre-vingt-dix', 9],
]);

/** Month number (1-12) of a month word, any listed spelling. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((spellings, index) => spellings.map((spelling): [string, number] => [spelling, index + 1])),
);

/** ISO weekday (1 Monday … 7 Sunday) of a weekday word. */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.map((weekday, index): [string, number] => [weekday, index + 1]),
);

/** The French name of a month (1-12) and of an ISO weekday (1-7), for labels. */
export function monthName(month: number): string {
  return MONTHS[month - 1]?.[0] ?? '';
}
export function weekdayName(isoWeekday: number): string {
  return WEEKDAYS[isoWeekday - 1] ?? '';
}
