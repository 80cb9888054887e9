// Ties a role to the name next to it: "Président Joe Biden", "le porte-parole, Nasser al Shammari", "Anne Dupuis,
// la maire de Lyon". Each function reads a bounded slice around one role, so the cost per role is constant.
import { GAP_BREAKERS, GAP_PREPOSITIONS } from '../lexicon/fr/role-name-gap';
import { CAPITAL, isSpaceCode, normalizeWord, WORD, wordSet } from '../text-patterns';
import { findNameRuns, nameRunAt, type NameRun } from './name-runs';
import { DETERMINER_SET, NAME_STOPWORDS } from './name-words';

const GAP_BREAKER_SET = wordSet(GAP_BREAKERS);
const GAP_PREPOSITION_SET = wordSet(GAP_PREPOSITIONS);
/** A participle in the gap ("la maire élue", fine; "la maire rencontrée" is rare): words ending like one end the
 *  gap, so "le ministre a rencontré Jean Dupont" does not make Jean Dupont the minister. */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées)$/u;
/** Between a role and its name there are at most a few words ("Premier ministre irakien Mustafa Al-Kadhimi"). */
const GAP_MAX_WORDS = 5;
const LOOK_CHARS = 120;
/** A word, for the small scans of tie gaps (only ever run on bounded slices). */
const GAP_WORD = new RegExp(`[${WORD}]+(?:[’'\\-][${WORD}]+)*[’']?|,`, 'gu');

/** A role word right after a capitalised word belongs to a proper name: "Société Générale", "Place du Général"
 *  is not a general. (A capitalised role at the start of a sentence, "Président Joe Biden", is still a role.) */
export function isInsideName(text: string, roleStart: number): boolean {
  // Most roles are written in lower case: the word before is read only for a capitalised one.
  if (!CAPITAL.test(text[roleStart] ?? '')) return false;
  const previous = /([\p{L}\p{M}’'-]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, roleStart - 32), roleStart))?.[1];
  return previous !== undefined && CAPITAL.test(previous) && !NAME_STOPWORDS.has(normalizeWord(previous));
}

/** Walks the few words after a role: adjectives ("irakien"), a complement ("aux États-Unis", "de Lyon"), at most
 *  one comma, then a name. A verb, a conjunction or a second comma means the name, if any, is someone else's. */
export function nameAfterRole(text: string, roleEnd: number): NameRun | null {
  const slice = text.slice(roleEnd, roleEnd + LOOK_CHARS);
  let gapWords = 0;
  let comma = false;
  let preposition = false;
  let position = 0;
  // One word at a time: the walk usually stops after a word or two, so the slice's later words are never read.
  GAP_WORD.lastIndex = 0;
  for (let token = GAP_WORD.exec(slice); token !== null; token = GAP_WORD.exec(slice)) {
    if (token.index < position) continue;
    if (!onlySpaces(slice, position, token.index)) return null;
    position = token.index + token[0].length;
    const word = token[0];
    if (word === ',') {
      if (comma) return null;
      comma = true;
      continue;
    }
    const elidedOf = (word[0] === 'd' || word[0] === 'D') && (word[1] === '’' || word[1] === "'");
    const rest = elidedOf ? word.slice(2) : word;
    if (CAPITAL.test(rest) || /^(?:al|el)-\p{Lu}/u.test(word)) {
      const run = elidedOf ? null : nameRunAt(text, roleEnd + token.index);
      if (run && !run.determined && (run.words.length >= 2 || comma || !preposition)) return run;
      if (!preposition || comma) return null;
      // A complement: "aux États-Unis", "de Lyon". Skip it and look further.
      preposition = false;
      position = run ? run.end - roleEnd : position;
    } else {
      if (comma) return null;
      const lower = normalizeWord(word);
      if (GAP_BREAKER_SET.has(lower) || PARTICIPLE_ENDING.test(lower)) return null;
      if (GAP_PREPOSITION_SET.has(lower) || elidedOf) preposition = true;
      else if (DETERMINER_SET.has(lower)) {
        if (!preposition) return null;
      } else preposition = false;
    }
    gapWords += 1;
    if (gapWords > GAP_MAX_WORDS) return null;
  }
  return null;
}

/** "Anne Dupuis, la maire de Lyon": the name right before ", (la) ROLE". */
export function nameBeforeRole(text: string, roleStart: number): NameRun | null {
  const from = Math.max(0, roleStart - LOOK_CHARS);
  const before = text.slice(from, roleStart);
  const link = /,[\s\u00A0]*(?:(?:le|la)[\s\u00A0]+|l[’'])?$/iu.exec(before);
  if (!link) return null;
  const runs = findNameRuns(before.slice(0, link.index));
  const last = runs[runs.length - 1];
  if (!last || last.determined || before.slice(last.end, link.index).trim() !== '') return null;
  return { ...last, start: last.start + from, end: last.end + from };
}


/** Whether `text` holds only spaces between `from` and `to`: the gap between two words of a tie. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSpaceCode(text.charCodeAt(index))) return false;
  return true;
}
