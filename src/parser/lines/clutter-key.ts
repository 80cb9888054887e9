// How the lines pass compares a line with the site-clutter lexicon: one key for "418 commentaires", "418 Commentaires :"
// and "+ 418 commentaires", so that the lexicon lists each button or label once.

/** Markers that scrapes leave around a link or a button: "+ Tout savoir", "> VIDEOS", "Contenu réservé |", "Par :". */
const LEADING_MARKERS = /^[+>•›»|\s\u00A0]+/u;
const TRAILING_MARKERS = /[\s\u00A0:|»›>]+$/u;
const APOSTROPHES = /['‘ʼ`´]/g;
const DIGITS = /\d+/g;
const SPACE_RUN = /[\s\u00A0\u202F]+/gu;

/** Lines longer than this are read as text, never as a button or a label: it also bounds every clutter pattern. */
export const CLUTTER_KEY_MAX_CHARS = 300;

/** "+ 418 Commentaires :" → "# commentaires"; null for a line too long to be a button, a label or a prompt. */
export function clutterKey(line: string): string | null {
  if (line.length > CLUTTER_KEY_MAX_CHARS) return null;
  return line
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '’')
    .replace(SPACE_RUN, ' ')
    .replace(LEADING_MARKERS, '')
    .replace(TRAILING_MARKERS, '')
    .replace(DIGITS, '#');
}

/** How many words a line has, as a reader counts them. */
export function wordCount(text: string): number {
  let count = 0;
  for (const word of text.split(SPACE_RUN)) if (/[\p{L}\p{N}]/u.test(word)) count += 1;
  return count;
}

/** Closing marks after a line's last word: "… « Il était son pire ennemi »", "… (sondage)". */
const CLOSING_MARKS = /[\s\u00A0»”"’)\]]+$/u;
/** A headline in a list of other stories is short and is not a sentence: no period at its end ("…?" and "…!" are
 *  headlines too). */
export const HEADLINE_MAX_WORDS = 20;

export function readsLikeHeadline(text: string): boolean {
  if (wordCount(text) > HEADLINE_MAX_WORDS || text.length > HEADLINE_MAX_WORDS * 10) return false;
  const end = text.replace(CLOSING_MARKS, '');
  return !/(?<!\.)\.$|[;,]$/u.test(end);
}

/** The last mark of a line once its closing quotes and brackets are set apart: "." for "« Non. »". */
export function lastMark(text: string): string {
  return text.replace(CLOSING_MARKS, '').slice(-1);
}
