// Words in quote marks that are not speech: a term held at arm's length («mondiale»), the name of a work, a weapon
// or a product («Orechnik», “Nike Tech”, « Miel » de Semih Kaplanoglu).
import { isEnglish } from '../english-text';
import { NAMING_NOUNS } from '../lexicon/fr/naming-nouns';
import { caseBlind, isSpaceCode } from '../text-patterns';

const NAMING_NOUN_SET = new Set(NAMING_NOUNS.map((noun) => noun.toLowerCase()));

/** Whether `before` ends with a naming noun ("le film", "baptisé", "la note"), spaces after it, any case (the long
 *  "ſ" as "s", as a case-blind pattern reads it): its last word is looked up, read from the end. */
function endsWithNamingNoun(before: string): boolean {
  let end = before.length;
  while (end > 0 && isSpaceCode(before.charCodeAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && !isSpaceCode(before.charCodeAt(start - 1)) && before[start - 1] !== '’' && before[start - 1] !== "'") start -= 1;
  return start < end && NAMING_NOUN_SET.has(caseBlind(before.slice(start, end)));
}
/** Small words that may sit between the capitalised words of a title: "Le Monde d’hier", "Nike Tech". */
const TITLE_PARTICLE = /^(?:de|du|des|d[’']\S*|la|le|les|l[’']\S*|et|à|en|of|the|and)$/iu;
/** A work and its author: « Miel » de Semih Kaplanoglu, « Cesare deve morire » des frères Taviani. */
const BY_AUTHOR = /^[\s\u00A0]*(?:de|des|du|d[’'])[\s\u00A0]+(?:\p{Lu}|frères|sœurs)/u;
/** Without a cue in its own sentence, speech is a sentence (a capital and a few words) or long. */
const SPEECH_MIN_WORDS = 3;
/** An English title is short; a longer English quote may be someone's words, kept in their language. */
const ENGLISH_TITLE_MAX_WORDS = 6;
const ENGLISH_TITLE_SHARE = 0.2;
const LONG_QUOTE_WORDS = 8;

export function looksLikeSpeech(quoted: string): boolean {
  const words = wordsOf(quoted);
  if (words.length >= LONG_QUOTE_WORDS) return true;
  if (/^\p{Lu}/u.test(quoted) && words.length >= SPEECH_MIN_WORDS && !isTitleCase(words)) return true;
  return /[.!?…]$/u.test(quoted) && words.length >= 2;
}

/** A name in quote marks rather than speech, even where a verb of saying is near (not right after it). */
export function isTerm(text: string, open: number, close: number, quoted: string, saidRightAfter: boolean): boolean {
  const words = wordsOf(quoted);
  // "« Non », a déclaré X": a capitalised word with a verb of saying right after it is speech.
  if (!saidRightAfter && words.length <= 4 && isTitleCase(words) && !/[.!?…,;:]$/u.test(quoted)) return true;
  if (endsWithNamingNoun(text.slice(Math.max(0, open - 40), open))) return true;
  // «The broken circle breakdown» in a French article: a few English words are a title, not what someone said.
  if (!saidRightAfter && words.length <= ENGLISH_TITLE_MAX_WORDS && isEnglish(quoted, ENGLISH_TITLE_SHARE)) return true;
  return /^\p{Lu}/u.test(quoted) && BY_AUTHOR.test(text.slice(close + 1, close + 40));
}

const QUOTED_WORD = /[^\s\u00A0]+/gu;

/** The quote's first words, at most one more than any rule here counts (LONG_QUOTE_WORDS): a long quote is not split
 *  whole to learn that it is long. */
function wordsOf(quoted: string): string[] {
  const words: string[] = [];
  QUOTED_WORD.lastIndex = 0;
  for (let found = QUOTED_WORD.exec(quoted); found !== null && words.length <= LONG_QUOTE_WORDS; found = QUOTED_WORD.exec(quoted)) words.push(found[0]);
  QUOTED_WORD.lastIndex = 0;
  return words;
}

function isTitleCase(words: readonly string[]): boolean {
  return /^\p{Lu}/u.test(words[0] ?? '') && words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && TITLE_PARTICLE.test(word)));
}
