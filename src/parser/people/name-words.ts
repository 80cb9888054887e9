// How the text writes a person's name, derived from the lexicon: the words a name is made of, and the capitalised
// words that begin sentences or titles but never belong to a name.
import { COURTESY_TITLES } from '../lexicon/fr/courtesy-titles';
import { DETERMINERS } from '../lexicon/fr/determiners';
import { FUNCTION_WORDS } from '../lexicon/fr/function-words';
import { HYPHENATED_NAME_PARTICLES, NAME_PARTICLES } from '../lexicon/fr/name-particles';
import { PRONOUNS } from '../lexicon/fr/pronouns';
import { ROLES } from '../lexicon/fr/roles';
import { CAPTION_LABELS, RELATED_LABEL, SOURCE_WORD } from '../lexicon/fr/site-furniture';
import { WEEKDAYS } from '../lexicon/fr/calendar';
import { alternation, WORD, wordSet } from '../text-patterns';

const HYPHENATED_PARTICLE = `(?:${alternation(HYPHENATED_NAME_PARTICLES)})`;

/** One capitalised word of a name: "Joe", "Al-Kadhimi", "O’Brien", or a lowercase "al-Kadhimi". */
const NAME_WORD = `(?:\\p{Lu}[${WORD}]*(?:[’'\\-][${WORD}]+)*|${HYPHENATED_PARTICLE}-\\p{Lu}[${WORD}]*(?:[’'\\-][${WORD}]+)*)`;

/** A run of capitalised words, with lowercase particles between them. Not preceded by a letter or an apostrophe,
 *  so the "Iran" of "d’Iran" is not a name. */
export const NAME_RUN = new RegExp(
  `(?=\\p{Lu}|${HYPHENATED_PARTICLE}-)(?<![${WORD}’'\\-])${NAME_WORD}(?:[ \\u00A0]+(?:(?:${alternation(NAME_PARTICLES)})[ \\u00A0]+)?${NAME_WORD})*`,
  'gu',
);

/** "al-Kadhimi" → "Kadhimi": the surname as also written without its particle. */
export const LEADING_HYPHENATED_PARTICLE = new RegExp(`^${HYPHENATED_PARTICLE}-`, 'u');

/** Elided articles glued to a capitalised word: "L’ambassadeur", "d’ABC". */
export const ELISION = /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)[’']/iu;

/** A person's name has a few words; a longer run of capitals is a title or a shouted sentence. */
export const NAME_MAX_WORDS = 6;

export const NAME_PARTICLE_SET = wordSet(NAME_PARTICLES);
export const DETERMINER_SET = wordSet(DETERMINERS);

/** Dropped from the front and the end of a run of capitalised words: "Le Président Joe Biden" names "Joe Biden",
 *  "Photo Joe Biden" too, and "Joe Biden Lundi" ends before the weekday. Roles count word by word, so that
 *  "Premier ministre" is dropped as well as "Président". */
export const NAME_STOPWORDS = wordSet([
  ...DETERMINERS,
  ...FUNCTION_WORDS,
  ...PRONOUNS.filter((pronoun) => pronoun.form === 'subject').map((pronoun) => pronoun.word),
  ...COURTESY_TITLES,
  ...ROLES.flatMap((role) => role.word.split(' ')),
  ...WEEKDAYS,
  ...CAPTION_LABELS,
  RELATED_LABEL,
  SOURCE_WORD,
]);
