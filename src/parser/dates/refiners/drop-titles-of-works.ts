// "dans le film 18 ans plus tard", "la série Demain nous appartient", "l’album 1999": a date or a duration right
// after the noun of a work is that work's title. It tells no time of the story, so it is no date mention.
import { WORK_NOUNS } from '../../lexicon/fr/naming-nouns';
import { caseBlind, isLetterCode, isSpaceCode } from '../../text-patterns';
import type { BlockRefiner } from '../reading';

const WORKS = new Set(WORK_NOUNS.map((noun) => noun.toLowerCase()));
/** A noun is a few letters: no more than this is read before each mention. */
const LOOK_BACK_CHARS = 16;
const LETTER = /^\p{L}$/u;

/** The work's noun and only spaces before the mention: "le film 18 ans…" yes, "le film sorti lundi" no. Read from
 *  the mention back: the spaces, then the word's letters, which must be a work's noun in any case ("ſ" read as "s", as
 *  a case-blind pattern reads it) and follow no other letter. */
function followsAWorksNoun(text: string, start: number): boolean {
  const from = Math.max(0, start - LOOK_BACK_CHARS);
  let end = start;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  if (end === start) return false;
  let wordStart = end;
  while (wordStart > from && isLetterCode(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  // A letter outside the Basic Multilingual Plane right before the word makes it part of a longer one.
  if (wordStart - 2 >= from && LETTER.test(text.slice(wordStart - 2, wordStart))) return false;
  return wordStart < end && WORKS.has(caseBlind(text.slice(wordStart, end)));
}

export const dropTitlesOfWorks: BlockRefiner = (candidates, text) => candidates.filter((candidate) => !followsAWorksNoun(text, candidate.start));
