// The cast of an article: the people it names, and the roles it ties to them ("Président Joe Biden",
// "le porte-parole, Nasser al Shammari"), collected over the whole article before any quote is attributed,
// because a text often names the person a paragraph after it first quoted "le porte-parole".
import type { TextBlock } from '../text-block';
import { findNameRuns, nameKey, type NameRun } from './name-runs';
import { LEADING_HYPHENATED_PARTICLE } from './name-words';
import { isInsideName, nameAfterRole, nameBeforeRole } from './role-ties';
import { roleKey, rolesIn } from './role-words';

/** Two to four capitals alone: initials ("DD", "DSK"), or an acronym that names no one of the article. */
const INITIALS = /^\p{Lu}{2,4}$/u;

interface Person {
  name: string;
  mentions: number;
  /** Order of first mention: the tie-breaker, so that results never depend on Map iteration quirks. */
  order: number;
}

export class People {
  private readonly persons = new Map<string, Person>();
  private readonly surnames = new Map<string, string[]>();
  private readonly ties = new Map<string, Map<string, number>>();
  private readonly mentions = new Map<string, Set<string>>();
  /** "DD" for Didier Deschamps, "DSK" for Dominique Strauss-Kahn: the people whose initials each string spells. */
  private initials: Map<string, string[]> | null = null;
  /** Each block's name runs, read once here: the quotes pass reads the same paragraphs' names again. */
  private readonly runsOfBlocks = new Map<string, { text: string; runs: readonly NameRun[] }>();

  static collect(blocks: readonly TextBlock[]): People {
    const people = new People();
    const runsByBlock = blocks.map((block) => findNameRuns(block.text));
    blocks.forEach((block, index) => people.runsOfBlocks.set(block.id, { text: block.text, runs: runsByBlock[index] ?? [] }));
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

  /** The name runs of a block the cast was collected from, read again only if its text is not the one collected. */
  nameRunsOf(blockId: string, text: string): readonly NameRun[] {
    const collected = this.runsOfBlocks.get(blockId);
    return collected?.text === text ? collected.runs : findNameRuns(text);
  }

  /** "Biden" → "Joe Biden" when the article gave the full name; an unknown name stays as written. */
  resolveName(name: string, blockId: string): string {
    const key = nameKey(name);
    const person = this.persons.get(key);
    if (person) return person.name;
    const candidates = this.surnames.get(key);
    if (!candidates) return name;
    return this.choose(candidates, null, blockId) ?? name;
  }

  /** "DD" → "Didier Deschamps": initials stand for a person only when the article names exactly one whose initials
   *  they are. Read only where a speaker is expected ("DD évoque « … »"): elsewhere "de DSK" is no subject. */
  personOfInitials(word: string): string | null {
    if (!INITIALS.test(word)) return null;
    // Indexed the first time initials are asked for: most articles never write any.
    if (this.initials === null) {
      this.initials = new Map();
      for (const [key, person] of this.persons) {
        const letters = person.name.split(/[\s\u00A0-]+/u).filter((part) => /^\p{Lu}/u.test(part)).map((part) => part[0]).join('');
        if (letters.length >= 2) this.initials.set(letters, [...(this.initials.get(letters) ?? []), key]);
      }
    }
    const initialled = this.initials.get(word);
    return initialled?.length === 1 ? (this.persons.get(initialled[0]!)?.name ?? null) : null;
  }

  /** "le porte-parole" → the person the text tied to that role, or null when it tied none. When several people
   *  hold the role ("le président" Joe Biden and "le président Donald Trump"), the one the paragraph names wins,
   *  then the one the article ties to it most often. */
  resolveRole(role: string, blockId: string): string | null {
    const ties = this.ties.get(roleKey(role));
    return ties ? this.choose([...ties.keys()], ties, blockId) : null;
  }

  /** The role the text ties to a person most often ("porte-parole" for Nasser al Shammari), or null. */
  roleOf(name: string): string | null {
    const key = nameKey(name);
    let best: { role: string; count: number } | null = null;
    for (const [role, holders] of this.ties) {
      const count = holders.get(key) ?? 0;
      if (count > 0 && (!best || count > best.count)) best = { role, count };
    }
    return best?.role ?? null;
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
      const bare = last.replace(LEADING_HYPHENATED_PARTICLE, '');
      for (const surname of new Set([last, bare])) {
        if (surname === '') continue;
        const keys = this.surnames.get(surname) ?? [];
        keys.push(key);
        this.surnames.set(surname, keys);
      }
    }
  }

  private collectTies(text: string): void {
    for (const role of rolesIn(text)) {
      if (isInsideName(text, role.index)) continue;
      const roleEnd = role.index + role.text.length;
      const after = this.nameAfterRole(text, roleEnd);
      const person = after ?? nameBeforeRole(text, role.index);
      if (person && (person.words.length >= 2 || this.surnames.has(person.key))) this.tie(role.text, person);
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

  /** The person among `keys` the block names, else among all of them: the one tied most often (`counts`, when the
   *  candidates are a role's holders), then the one the article names most, then the first named. */
  private choose(keys: readonly string[], counts: ReadonlyMap<string, number> | null, blockId: string): string | null {
    const named = this.mentions.get(blockId);
    const inBlock = named === undefined ? [] : keys.filter((key) => named.has(key));
    const pool = inBlock.length > 0 ? inBlock : keys;
    let best: { person: Person; score: number } | null = null;
    for (const key of pool) {
      const person = this.persons.get(key);
      if (!person) continue;
      const score = (counts?.get(key) ?? 0) * 1e6 + person.mentions;
      if (!best || score > best.score || (score === best.score && person.order < best.person.order)) {
        best = { person, score };
      }
    }
    return best?.person.name ?? null;
  }
}
