// Finds who a phrase names: a person ("Joe Biden"), or a role ("le porte-parole") that the cast resolves later.
import { ROLE_QUANTIFIERS } from '../../lexicon/fr/determiners';
import { THIRD_PERSON_PRONOUNS } from '../../lexicon/fr/pronouns';
import type { People } from '../../people/cast';
import { findNameRuns, type NameRun } from '../../people/name-runs';
import { DETERMINER_SET, ELISION, NAME_STOPWORDS } from '../../people/name-words';
import { isInsideName } from '../../people/role-ties';
import { ROLE } from '../../people/role-words';
import { normalizeWord, wordSet } from '../../text-patterns';
import type { SpeakerReference } from './quote-in-sentence';

/** Pronouns that stand for a speaker: the third person ("il a ajouté", "a-t-elle dit", "selon lui"). */
export const SPEAKER_PRONOUNS = wordSet(THIRD_PERSON_PRONOUNS.map((pronoun) => pronoun.word));
const ROLE_QUANTIFIER_SET = wordSet(ROLE_QUANTIFIERS);

/** The first name (not preceded by an article) or role in `part`; a role followed by the name it introduces
 *  gives that name. With `preferLastName`, the name nearest the end wins over an earlier role or name. */
export function firstNameOrRole(part: string, people: People, preferLastName = false): SpeakerReference | null {
  const names = findNameRuns(part).filter((run) => !run.determined);
  const roles = [...part.matchAll(ROLE)].filter((role) => !isInsideName(part, role.index));
  const role = roles[0];
  const firstName: NameRun | undefined = names[0];
  const lastName: NameRun | undefined = names[names.length - 1];

  if (role && (!firstName || role.index < firstName.start)) {
    const named = people.nameAfterRole(part, role.index + role[0].length);
    if (named) return { kind: 'name', name: named.name };
    if (preferLastName && lastName && lastName.start > role.index) return { kind: 'name', name: lastName.name };
    return { kind: 'role', role: role[0], words: roleWords(part, role.index, role.index + role[0].length) };
  }
  const chosen = preferLastName ? lastName : firstName;
  return chosen ? { kind: 'name', name: chosen.name } : null;
}

/** The role with its article, as the text says it: "le porte-parole", "la maire", "plusieurs responsables". */
function roleWords(text: string, start: number, end: number): string {
  const previous = /([\p{L}’']+)[\s\u00A0]*$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '';
  const lower = normalizeWord(previous);
  const article = DETERMINER_SET.has(lower) || ROLE_QUANTIFIER_SET.has(lower);
  const words = (article ? `${previous}${previous.endsWith('’') || previous.endsWith("'") ? '' : ' '}` : '') + text.slice(start, end);
  return lowerFirst(words.replace(/[\s\u00A0]+/gu, ' '));
}

/** "Le porte-parole" → "le porte-parole" inside a sentence; a name keeps its capital. */
export function lowerFirst(words: string): string {
  const first = /^[\p{L}’']+/u.exec(words)?.[0] ?? '';
  const common = NAME_STOPWORDS.has(normalizeWord(first)) || ELISION.test(first);
  return common ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
