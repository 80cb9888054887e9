// Recognises a line of the site's clutter on its own: a button ("Partager"), a label ("Publicité"), a paywall or
// newsletter prompt ("Déjà abonné ? Je me connecte"), a teaser ("Lire aussi : …"). The words are in
// lexicon/fr/site-clutter.ts; this file only says how a line is matched against them.
import { CLUTTER_LINES, CLUTTER_OPENINGS, type ClutterReason } from '../lexicon/fr/site-clutter';
import { clutterKey, wordCount } from './clutter-key';

/** A prompt or a teaser runs on for a sentence or a title at most; a longer line is prose that happens to start with
 *  the same words ("Lire aussi la tribune de…" inside an article is rare, but a paragraph is longer than this). */
export const CLUTTER_OPENING_MAX_WORDS = 22;

const WHOLE_LINES: ReadonlyMap<string, ClutterReason> = new Map(
  (Object.entries(CLUTTER_LINES) as [ClutterReason, readonly string[]][]).flatMap(([reason, lines]) =>
    lines.map((line): [string, ClutterReason] => [line, reason]),
  ),
);

const OPENINGS: readonly { words: string; reason: ClutterReason }[] = (
  Object.entries(CLUTTER_OPENINGS) as [ClutterReason, readonly string[]][]
)
  .flatMap(([reason, openings]) => openings.map((words) => ({ words, reason })))
  .sort((a, b) => b.words.length - a.words.length);

/** After the opening words: the end of the line or a non-letter, so "Partager" opens "Partager : …" but not
 *  "Partagerons-nous…". */
const WORD_CONTINUES = /^[\p{L}\p{M}\p{N}]/u;

/** "> VIDEOS: LES REPORTAGES DU JOURNAL DE 19H", "+ Tout savoir sur cette manif": a link the page marks with an
 *  arrow or a plus. A figure after the plus ("+ 5 % sur un an") is text. */
const MARKED_LINK = /^[+>][\s\u00A0]*\p{L}/u;
const MARKED_LINK_MAX_WORDS = 16;

/** The most words a line of clutter has: a whole line of the lexicon (a figure, "#" in a key, is a word of the line),
 *  a marked link or an opening's line. */
const CLUTTER_MAX_WORDS = Math.max(
  CLUTTER_OPENING_MAX_WORDS,
  MARKED_LINK_MAX_WORDS,
  ...[...WHOLE_LINES.keys()].map((key) => key.split(' ').filter((word) => /[\p{L}\p{N}#]/u.test(word)).length),
);

/** The reason a line is site clutter, or null when it may be the article's text. */
export function clutterReason(line: string): ClutterReason | null {
  const words = wordCount(line);
  // Most lines are prose, longer than any line of clutter: their key need not be made.
  if (words > CLUTTER_MAX_WORDS) return null;
  const key = clutterKey(line);
  if (key === null || key === '') return null;
  const whole = WHOLE_LINES.get(key) ?? WHOLE_LINES.get(key.replace(/\.$/u, '').trimEnd());
  if (whole) return whole;
  if (MARKED_LINK.test(line) && words <= MARKED_LINK_MAX_WORDS) return 'teaser';
  if (words > CLUTTER_OPENING_MAX_WORDS) return null;
  for (const { words, reason } of OPENINGS) {
    if (key.startsWith(words) && !WORD_CONTINUES.test(key.slice(words.length))) return reason;
  }
  return null;
}
