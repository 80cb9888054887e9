// The cast of an article: the people it names, and the roles it ties to them ("Président Joe Biden",
// "le porte-parole, Nasser al Shammari"), collected over the whole article before any quote is attributed,
// because a text often names the person a paragraph after it first quoted "le porte-parole".
import { findNameRuns, nameRunAt, nameKey, normalizeWord, type NameRun } from './name-runs';
import { RULES } from './rules';

interface Person {
  name: string;
  mentions: number;
  /** Order of first mention: the tie-breaker, so that results never depend on Map iteration quirks. */
  order: number;
}

export interface TextBlock {
  id: string;
  text: string;
}

export class People {
  private readonly persons = new Map<string, Person>();
  private readonly surnames = new Map<string, string[]>();
  private readonly ties = new Map<string, Map<string, number>>();
  private readonly mentions = new Map<string, Set<string>>();

  static collect(blocks: readonly TextBlock[]): People {
    const people = new People();
    const runsByBlock = blocks.map((block) => findNameRuns(block.text));
    blocks.forEach((block, index) => {
      for (const run of runsByBlock[index] ?? []) {
        if (run.words.length >= 2 && !run.determined) people.addMention(block.id, run);
      }
    });
    people.indexSurnames();
    blocks.forEach((block, index) => {
      for (const run of runsByBlock[index] ?? []) {
        if (run.words.length !== 1) continue;
        for (const key of people.surnames.get(run.key) ?? []) people.mentionsOf(block.id).add(key);
      }
      people.collectTies(block.text);
    });
    return people;
  }

  /** "Biden" → "Joe Biden" when the article gave the full name; an unknown name stays as written. */
  resolveName(name: string, blockId: string): string {
    const key = nameKey(name);
    const person = this.persons.get(key);
    if (person) return person.name;
    const candidates = this.surnames.get(key);
    if (!candidates) return name;
    return this.choose(new Map(candidates.map((candidate) => [candidate, 0])), blockId) ?? name;
  }

  /** "le porte-parole" → the person the text tied to that role, or null when it tied none. When several people
   *  hold the role ("le président" Joe Biden and "le président Donald Trump"), the one the paragraph names wins,
   *  then the one the article ties to it most often. */
  resolveRole(role: string, blockId: string): string | null {
    const ties = this.ties.get(roleKey(role));
    return ties ? this.choose(ties, blockId) : null;
  }

  /** The name a role introduces: "président Joe Biden", "porte-parole, Nasser al Shammari",
   *  "ambassadeur irakien aux États-Unis, Fareed Yasseen". `roleEnd` is where the role word ends in `text`. */
  nameAfterRole(text: string, roleEnd: number): NameRun | null {
    const run = nameAfterRole(text, roleEnd);
    if (!run) return null;
    if (run.words.length >= 2 || this.surnames.has(run.key) || this.persons.has(run.key)) return run;
    return null;
  }

  private addMention(blockId: string, run: NameRun): void {
    const person = this.persons.get(run.key);
    if (person) person.mentions += 1;
    else this.persons.set(run.key, { name: run.name, mentions: 1, order: this.persons.size });
    this.mentionsOf(blockId).add(run.key);
  }

  private mentionsOf(blockId: string): Set<string> {
    let keys = this.mentions.get(blockId);
    if (!keys) {
      keys = new Set();
      this.mentions.set(blockId, keys);
    }
    return keys;
  }

  /** "Joe Biden" is found again as "Biden"; "Mustafa Al-Kadhimi" as "Al-Kadhimi" or "Kadhimi". */
  private indexSurnames(): void {
    for (const [key, person] of this.persons) {
      const last = nameKey(person.name.split(' ').pop() ?? '');
      const bare = last.replace(/^(?:al|el|ad|ar|as|ash|at|az|bin|ben|ibn|abu|abou)-/u, '');
      for (const surname of new Set([last, bare])) {
        if (surname === '') continue;
        const keys = this.surnames.get(surname) ?? [];
        keys.push(key);
        this.surnames.set(surname, keys);
      }
    }
  }

  private collectTies(text: string): void {
    for (const role of text.matchAll(RULES.role)) {
      if (isInsideName(text, role.index)) continue;
      const roleEnd = role.index + role[0].length;
      const after = this.nameAfterRole(text, roleEnd);
      const person = after ?? nameBeforeRole(text, role.index);
      if (person && (person.words.length >= 2 || this.surnames.has(person.key))) this.tie(role[0], person);
    }
  }

  private tie(role: string, run: NameRun): void {
    const personKey = this.persons.has(run.key) ? run.key : (this.surnames.get(run.key)?.[0] ?? run.key);
    if (!this.persons.has(personKey)) {
      this.persons.set(personKey, { name: run.name, mentions: 0, order: this.persons.size });
    }
    const key = roleKey(role);
    const holders = this.ties.get(key) ?? new Map<string, number>();
    holders.set(personKey, (holders.get(personKey) ?? 0) + 1);
    this.ties.set(key, holders);
  }

  private choose(candidates: ReadonlyMap<string, number>, blockId: string): string | null {
    const named = this.mentions.get(blockId);
    const inBlock = [...candidates.keys()].filter((key) => named?.has(key));
    const pool = inBlock.length > 0 ? inBlock : [...candidates.keys()];
    let best: { person: Person; score: number } | null = null;
    for (const key of pool) {
      const person = this.persons.get(key);
      if (!person) continue;
      const score = (candidates.get(key) ?? 0) * 1e6 + person.mentions;
      if (!best || score > best.score || (score === best.score && person.order < best.person.order)) {
        best = { person, score };
      }
    }
    return best?.person.name ?? null;
  }
}

/** A role word right after a capitalised word belongs to a proper name: "Société Générale", "Place du Général"
 *  is not a general. (A capitalised role at the start of a sentence, "Président Joe Biden", is still a role.) */
export function isInsideName(text: string, roleStart: number): boolean {
  const previous = /([\p{L}\p{M}’'-]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, roleStart - 32), roleStart))?.[1];
  return previous !== undefined && RULES.capital.test(text[roleStart] ?? '') && RULES.capital.test(previous) &&
    !RULES.nameStopwords.has(normalizeWord(previous));
}

export function roleKey(role: string): string {
  return nameKey(role);
}

/** Walks the few words after a role: adjectives ("irakien"), a complement ("aux États-Unis", "de Lyon"), at most
 *  one comma, then a name. A verb, a conjunction or a second comma means the name, if any, is someone else's. */
function nameAfterRole(text: string, roleEnd: number): NameRun | null {
  const slice = text.slice(roleEnd, roleEnd + RULES.tieLookChars);
  let gapWords = 0;
  let comma = false;
  let preposition = false;
  let position = 0;
  for (const token of slice.matchAll(RULES.word)) {
    if (token.index < position) continue;
    if (!/^[\s\u00A0]*$/u.test(slice.slice(position, token.index))) return null;
    position = token.index + token[0].length;
    const word = token[0];
    if (word === ',') {
      if (comma) return null;
      comma = true;
      continue;
    }
    const elidedOf = /^d[’']/iu.test(word);
    const rest = elidedOf ? word.slice(2) : word;
    if (RULES.capital.test(rest) || /^(?:al|el)-\p{Lu}/u.test(word)) {
      const run = elidedOf ? null : nameRunAt(text, roleEnd + token.index);
      if (run && !run.determined && (run.words.length >= 2 || comma || !preposition)) return run;
      if (!preposition || comma) return null;
      // A complement: "aux États-Unis", "de Lyon". Skip it and look further.
      preposition = false;
      position = run ? run.end - roleEnd : position;
    } else {
      if (comma) return null;
      const lower = normalizeWord(word);
      if (RULES.tieGapStopwords.has(lower) || RULES.participleEnding.test(lower)) return null;
      if (RULES.tieGapPrepositions.has(lower) || elidedOf) preposition = true;
      else if (RULES.determiners.has(lower)) {
        if (!preposition) return null;
      } else preposition = false;
    }
    gapWords += 1;
    if (gapWords > RULES.tieGapMaxWords) return null;
  }
  return null;
}

/** "Anne Dupuis, la maire de Lyon": the name right before ", (la) ROLE". */
function nameBeforeRole(text: string, roleStart: number): NameRun | null {
  const from = Math.max(0, roleStart - RULES.tieLookChars);
  const before = text.slice(from, roleStart);
  const link = /,[\s\u00A0]*(?:(?:le|la)[\s\u00A0]+|l[’'])?$/iu.exec(before);
  if (!link) return null;
  const runs = findNameRuns(before.slice(0, link.index));
  const last = runs[runs.length - 1];
  if (!last || last.determined || before.slice(last.end, link.index).trim() !== '') return null;
  return { ...last, start: last.start + from, end: last.end + from };
}
