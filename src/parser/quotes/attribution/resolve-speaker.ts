// Turns how the text refers to a speaker into the speaker a reader is shown: "Biden" is Joe Biden, "le
// porte-parole" is the person the text tied to that role, "elle" is the last woman named or quoted, "le journal" is
// the paper quoted last. When that is not certain, no one.
import type { Speaker } from '../../article';
import { ACRONYM } from '../../people/acronyms';
import type { People } from '../../people/cast';
import type { Discourse } from '../../people/discourse';
import { cleanName } from '../../people/person-name';
import { ROLE_SYNONYMS } from '../../lexicon/fr/roles';
import { roleEntry } from '../../people/role-words';
import { normalizeWord } from '../../text-patterns';
import type { SpeakerReference } from './reference';

/** What the resolution remembers as it goes through the article in order. */
export interface SpeakerMemory {
  people: People;
  discourse: Discourse;
  /** "Jean-Claude Mas, fondateur de PIP": the noun the text gave a person, for "le fondateur de PIP" later. */
  appositions: Map<string, string>;
  lastOrganisation: Speaker | null;
  /** "PS" → "Parti socialiste": the body the article names in full whose initials an acronym spells, if any. */
  bodyOfAcronym: (acronym: string) => string | null;
  /** The paragraph where a body was last quoted. */
  lastOrganisationParagraph: number;
  /** The speaker of the quote just before (null when it had none). */
  previousSpeaker: Speaker | null;
  /** The last speaker, and the paragraph of that quote. */
  last: { speaker: Speaker; paragraph: number } | null;
}

/** A role the text never tied to a name looks for its holder in its paragraph and the one before. */
const ROLE_PARAGRAPHS_BACK = 1;
/** How far back "», a déclaré à la presse" may reach for its speaker: the paragraph before, no further. */
const UNNAMED_PARAGRAPHS_BACK = 1;

export function resolveSpeaker(reference: SpeakerReference, where: { blockId: string; paragraph: number; offset: number }, memory: SpeakerMemory): Speaker | null {
  const { people, discourse } = memory;
  switch (reference.kind) {
    case 'name':
      return { name: cleanName(people.personOfInitials(reference.name) ?? people.resolveName(reference.name, where.blockId)), asWritten: reference.asWritten, via: 'name' };
    case 'role': {
      // "plusieurs responsables" are a group: kept as the text says it.
      if (/s$/u.test(reference.role)) return { name: reference.words, asWritten: reference.words, via: 'anonymous' };
      const tied = people.resolveRole(reference.role, where.blockId) ?? memory.appositions.get(normalizeWord(reference.role)) ??
        synonymHolder(reference.role, where.blockId, people);
      if (tied) return { name: cleanName(tied), asWritten: reference.words, via: 'role' };
      // "Joëlle Milquet était l’invitée de BelRTL. Pour la vice-première ministre, …": a role the text never tied
      // to a name stands for the person just named, if the role's gender (or its article) fits theirs.
      const gender = roleEntry(reference.role)?.gender ?? 'either';
      const article = /^(la|le)[\s\u00A0]/iu.exec(reference.words)?.[1]?.toLowerCase();
      const feminine = gender === 'feminine' || (gender === 'either' && article === 'la');
      const masculine = gender === 'masculine' || (gender === 'either' && article === 'le');
      const pronoun = feminine ? 'elle' : masculine ? 'il' : null;
      const nearby = pronoun ? discourse.antecedent(pronoun, where.paragraph, where.offset, ROLE_PARAGRAPHS_BACK) : null;
      return { name: nearby?.name ?? reference.words, asWritten: reference.words, via: 'role' };
    }
    case 'pronoun': {
      const antecedent = discourse.antecedent(reference.words, where.paragraph, where.offset);
      return antecedent ? { name: antecedent.name, asWritten: reference.words, via: 'pronoun' } : null;
    }
    case 'organisation': {
      // "écrit le PS": the body the article names in full, when it does.
      const bare = reference.name.replace(/^(?:le|la|les)[\s\u00A0]+|^l[’']/iu, '');
      const full = ACRONYM.test(bare) ? memory.bodyOfAcronym(bare) : null;
      return { name: full ?? reference.name, asWritten: reference.words, via: 'organisation' };
    }
    case 'organisation-noun': {
      const known = memory.lastOrganisation;
      return { name: known?.name ?? reference.words, asWritten: reference.words, via: 'organisation' };
    }
    case 'anonymous':
      return { name: reference.words, asWritten: reference.words, via: 'anonymous' };
    case 'description': {
      const head = normalizeWord(/^(?:\S+[\s\u00A0]+|l[’'])([\p{L}-]+)/u.exec(reference.words)?.[1] ?? '');
      const synonym = synonymHolder(head, where.blockId, people);
      return { name: memory.appositions.get(head) ?? (synonym ? cleanName(synonym) : reference.words), asWritten: reference.words, via: 'role' };
    }
    case 'possessor': {
      const only = discourse.onlyPersonBefore(where.paragraph, where.offset);
      return only ? { name: only.name, asWritten: reference.words, via: 'pronoun' } : null;
    }
    case 'previous-quote':
      return memory.previousSpeaker;
    case 'unnamed':
      return memory.last && memory.last.paragraph >= where.paragraph - UNNAMED_PARAGRAPHS_BACK ? memory.last.speaker : null;
    case 'unknown':
      return null;
  }
}

/** The person the text tied to a synonym of the role ("sélectionneur" for "technicien"), or null. */
function synonymHolder(role: string, blockId: string, people: People): string | null {
  for (const synonym of ROLE_SYNONYMS[normalizeWord(role)] ?? []) {
    const holder = people.resolveRole(synonym, blockId);
    if (holder) return holder;
  }
  return null;
}
