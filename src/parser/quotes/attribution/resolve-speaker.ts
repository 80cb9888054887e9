// Turns how the text refers to a speaker into the person the article means: "Biden" is "Joe Biden", "le
// porte-parole" is the person the text tied to that role, "il" is the last person quoted.
import type { People } from '../../people/cast';
import type { SpeakerReference } from './quote-in-sentence';

/** Said by someone the text does not name, and no one quoted before. */
export const UNKNOWN_SPEAKER = 'inconnu';

export function resolveSpeaker(reference: SpeakerReference, blockId: string, people: People, lastSpeaker: string | null): string {
  switch (reference.kind) {
    case 'name':
      return people.resolveName(reference.name, blockId);
    case 'role':
      // A role the text never tied to a name stays as written: "le responsable", "plusieurs responsables".
      return people.resolveRole(reference.role, blockId) ?? reference.words;
    case 'pronoun':
      return lastSpeaker ?? (reference.words === '' ? UNKNOWN_SPEAKER : reference.words);
    case 'words':
      return reference.words;
  }
}
