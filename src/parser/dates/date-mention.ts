// The date engine's output, as the lead fixed it in the model (article.ts re-exports these).

export type DatePrecision =
  | 'century' | 'decade' | 'year' | 'half-year' | 'season' | 'quarter' | 'month' | 'week' | 'weekend'
  | 'day' | 'part-of-day' | 'time' | 'reference';

/** TIMEX3-style modifier the words add to the value: "début mars" start, "mi-mars" mid, "fin mars" end,
 *  "d’ici la fin de l’année" by, "depuis 2019" since, "vers 2010" around. */
export type DateModifier = 'start' | 'mid' | 'end' | 'by' | 'since' | 'around';

export interface DateMention {
  /** The words as written: "26 juillet 2021", "lundi", "quelques jours plus tard". */
  text: string;
  /** The block the words are in: a paragraph or a caption. */
  blockId: string;
  /** Offsets in the block's text (UTF-16): text === block.text.slice(start, end). */
  start: number;
  end: number;
  /** TIMEX3-style: 2021-07-26, 2021-07, 2021, 2021-W29, 2021-Q3, 2021-SU, 199 (decade), 19 (century),
   *  2021-07-26T14:30, 2021-07-26TAF, A/B for a range, PAST_REF…; null when it cannot honestly be known. */
  value: string | null;
  precision: DatePrecision;
  mod: DateModifier | null;
  /** The tag of the parser, or of the refiner that gave the value: "fr/weekday", "fr/narrative-anchor". */
  rule: string;
}
