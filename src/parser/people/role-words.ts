// Finds the roles the text uses instead of a name ("le président", "la porte-parole"), from the lexicon's list.
import { ROLES, type Role } from '../lexicon/fr/roles';
import { alternation, loweredAtSameOffsets, matchesAtWordStarts, normalizeWord, NOT_AFTER_WORD, WORD } from '../text-patterns';
import { nameKey } from './name-runs';

const ROLE_WORDS = `(?:${alternation(ROLES.map((role) => role.word))})(?![${WORD}\\-])`;
/** A role word. An apostrophe may precede it ("L’ambassadeur"), a hyphen may not ("vice-président" is its own role). */
export const ROLE = new RegExp(`${NOT_AFTER_WORD}(?<!-)${ROLE_WORDS}`, 'giu');

const ROLE_WORD_SCAN = new RegExp(ROLE_WORDS, 'giu');
/** The lexicon writes roles in lower case: on a lowered copy of the text, the pattern need not be case-blind. */
const LOWER_ROLE_WORD_SCAN = new RegExp(ROLE_WORDS, 'gu');

/** A role word where the text has it, as written ("Président"). */
export interface RoleInText {
  index: number;
  text: string;
}

/** Every role word of a text, as ROLE finds them: its lookbehind is checked after each match, on the lowered text. */
export function rolesIn(text: string): RoleInText[] {
  const lowered = loweredAtSameOffsets(text);
  const found = lowered !== null ? matchesAtWordStarts(LOWER_ROLE_WORD_SCAN, lowered, '-') : matchesAtWordStarts(ROLE_WORD_SCAN, text, '-');
  return found.map((match) => ({ index: match.index, text: text.slice(match.index, match.index + match[0].length) }));
}

const ROLES_BY_WORD: ReadonlyMap<string, Role> = new Map(ROLES.map((role) => [normalizeWord(role.word), role]));

/** The lexicon's entry for a role as the text wrote it ("Présidente", "secrétaire d'État"): its gender and number. */
export function roleEntry(words: string): Role | null {
  return ROLES_BY_WORD.get(roleKey(words)) ?? null;
}

/** The form under which a role is compared: "Le Président" and "président" are one role. */
export function roleKey(role: string): string {
  return nameKey(role);
}
