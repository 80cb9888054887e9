// Who the text has been talking about, in order: the people it names and the speakers it quoted, with what a
// pronoun needs to find them ("a-t-elle ajouté" stands for the last woman named or quoted, not the last name).
import { FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES } from '../lexicon/fr/first-names';
import type { Gender } from '../lexicon/fr/roles';
import { normalizeWord, wordSet } from '../text-patterns';
import { genderOfApposition } from './apposition-gender';

const FEMININE = wordSet(FEMININE_FIRST_NAMES);
const MASCULINE = wordSet(MASCULINE_FIRST_NAMES);
/** Titles and articles right before a name that give its gender: "Mme Lagarde", "la députée Claire Morand", "un
 *  député LREM, M’jid El Guerrab" (a party's acronym may follow the noun). */
const FEMININE_BEFORE = /(?:^|[\s\u00A0])(?:[Ll]a|[Uu]ne|[Cc]ette)[\s\u00A0]+[\p{Ll}’'-]+(?:[\s\u00A0]+(?:[\p{Ll}’'-]+|\p{Lu}{2,6})){0,2}[\s\u00A0,]*$/u;
const MASCULINE_BEFORE = /(?:^|[\s\u00A0])(?:[Ll]e|[Uu]n|[Cc]e)[\s\u00A0]+[\p{Ll}’'-]+(?:[\s\u00A0]+(?:[\p{Ll}’'-]+|\p{Lu}{2,6})){0,2}[\s\u00A0,]*$/u;
/** A pronoun looks back over this many paragraphs: further away, "il" is no longer certain. */
const PARAGRAPHS_BACK = 3;
/** And at this many candidates at most, so a paragraph full of names costs a bounded look. */
const CANDIDATES_MAX = 12;

export interface Referent {
  name: string;
  plural: boolean;
  person: boolean;
}

interface Mention {
  paragraph: number;
  offset: number;
  referent: Referent;
  /** A quote's speaker, rather than a name in the narration. */
  spoke: boolean;
}

export class Discourse {
  /** Names and speakers, each in text order: two lists so that adding either is a push, never an insertion. */
  private readonly names: Mention[] = [];
  private readonly speakers: Mention[] = [];
  private readonly genders = new Map<string, Gender>();

  /** A name the text gives at `offset` of paragraph `paragraph`; `before` is the text just before it. */
  addName(paragraph: number, offset: number, name: string, before: string): void {
    this.learnGender(name, before);
    this.names.push({ paragraph, offset, referent: { name, plural: false, person: true }, spoke: false });
  }

  /** A quote's speaker counts as a mention where the quote is; the words that named it may give its gender
   *  ("le frère de la plaignante", "elle", "la ministre"). */
  addSpeaker(paragraph: number, offset: number, referent: Referent, asWritten: string): void {
    this.speakers.push({ paragraph, offset, referent, spoke: true });
    if ((this.genders.get(referent.name) ?? 'either') !== 'either') return;
    const first = normalizeWord(/^[\p{L}’']+/u.exec(asWritten)?.[0] ?? '');
    const gender: Gender = first === 'elle' || first === 'la' || first === 'une' ? 'feminine' : first === 'il' || first === 'le' || first === 'un' ? 'masculine' : 'either';
    if (gender !== 'either') this.genders.set(referent.name, gender);
  }

  /** The person (or group, for "ils") a pronoun at this place stands for, or null when none fits for certain. */
  antecedent(pronoun: string, paragraph: number, offset: number, paragraphsBack = PARAGRAPHS_BACK): Referent | null {
    const word = normalizeWord(pronoun);
    const plural = word === 'ils' || word === 'elles' || word === 'eux';
    const wanted: Gender = word === 'elle' || word === 'elles' ? 'feminine' : word === 'il' || word === 'ils' || word === 'lui' || word === 'eux' ? 'masculine' : 'either';
    if (word === 'on') return null;
    let name = lastBefore(this.names, paragraph, offset);
    let speaker = lastBefore(this.speakers, paragraph, offset);
    // A person whose gender the text gives wins; one whose gender is unknown only when no one else could be meant.
    let unknown: Referent | null = null;
    let ambiguous = false;
    for (let looked = 0; looked < CANDIDATES_MAX; looked++) {
      const byName = this.names[name];
      const bySpeaker = this.speakers[speaker];
      const takeName = byName !== undefined && (bySpeaker === undefined || compare(byName, bySpeaker) > 0);
      const mention = takeName ? byName : bySpeaker;
      if (takeName) name -= 1;
      else speaker -= 1;
      if (!mention || mention.paragraph < paragraph - paragraphsBack) break;
      const referent = mention.referent;
      if (referent.plural !== plural) continue;
      if (!plural && !referent.person) continue;
      const gender = this.genders.get(referent.name) ?? 'either';
      if (plural || wanted === 'either') return referent;
      // A nearer name of unknown gender could be the one meant: then "il" is not certain.
      if (gender === wanted) return unknown === null || unknown.name === referent.name ? referent : null;
      // A name of unknown gender is a candidate only if it spoke, or is named in the pronoun's paragraph or the one
      // before: a name in a teaser lines up ("Paris-Nice : Richie Porte vainqueur") is not who "elle" means.
      if (gender === 'either' && (mention.spoke || mention.paragraph >= paragraph - 1)) {
        if (unknown !== null && unknown.name !== referent.name) ambiguous = true;
        unknown ??= referent;
      }
    }
    return ambiguous ? null : unknown;
  }

  /** The gender an apposition gives ("Tia Hellebaut, médaillée d’or"), when the name alone gave none. */
  learnGenderOfApposition(name: string, noun: string): void {
    if ((this.genders.get(name) ?? 'either') !== 'either') return;
    const gender = genderOfApposition(noun);
    if (gender !== 'either') this.genders.set(name, gender);
  }

  /** The one person named or quoted in this paragraph before `offset`, or null when there are none or several:
   *  what "son", "sa", "ses" stand for without doubt. */
  onlyPersonBefore(paragraph: number, offset: number): Referent | null {
    let only: Referent | null = null;
    for (const mentions of [this.names, this.speakers]) {
      for (let index = lastBefore(mentions, paragraph, offset); index >= 0; index--) {
        const mention = mentions[index]!;
        if (mention.paragraph !== paragraph) break;
        if (!mention.referent.person || mention.referent.plural) continue;
        if (only !== null && only.name !== mention.referent.name) return null;
        only = mention.referent;
      }
    }
    return only;
  }

  genderOf(name: string): Gender {
    return this.genders.get(name) ?? 'either';
  }

  learnGender(name: string, before: string): void {
    if (this.genders.has(name) && this.genders.get(name) !== 'either') return;
    const tail = before.slice(-40);
    const first = normalizeWord(name.split(/[\s\u00A0]+/u)[0] ?? '');
    let gender: Gender = 'either';
    if (FEMININE.has(first)) gender = 'feminine';
    else if (MASCULINE.has(first)) gender = 'masculine';
    else if (/(?:^|[\s\u00A0])(?:mme|mlle|madame)[\s\u00A0]*$/iu.test(tail)) gender = 'feminine';
    else if (/(?:^|[\s\u00A0])(?:m\.|monsieur|mgr|monseigneur)[\s\u00A0]*$/iu.test(tail)) gender = 'masculine';
    else if (FEMININE_BEFORE.test(tail) && /(?:e|ice|esse)[\s\u00A0,]*$/iu.test(tail)) gender = 'feminine';
    else if (MASCULINE_BEFORE.test(tail)) gender = 'masculine';
    this.genders.set(name, gender);
  }
}

function lastBefore(mentions: readonly Mention[], paragraph: number, offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const mention = mentions[middle]!;
    if (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.offset < offset)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function compare(a: Mention, b: Mention): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}
