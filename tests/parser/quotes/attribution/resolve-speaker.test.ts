// Resolution: a surname to the full name, a role to the person the text tied to it, a pronoun to the last speaker.
import { describe, expect, it } from 'vitest';
import { People } from '../../../../src/parser/people/cast';
import type { SpeakerReference } from '../../../../src/parser/quotes/attribution/quote-in-sentence';
import { resolveSpeaker, UNKNOWN_SPEAKER } from '../../../../src/parser/quotes/attribution/resolve-speaker';

const people = People.collect([
  { id: 'un', text: 'Le président Joe Biden a reçu le Premier ministre irakien Mustafa Al-Kadhimi.' },
  { id: 'deux', text: 'Le porte-parole, Nasser al Shammari, a répondu.' },
]);

describe('resolving a speaker', () => {
  it.each<[string, SpeakerReference, string | null, string]>([
    ['a surname to the full name', { kind: 'name', name: 'Biden' }, null, 'Joe Biden'],
    ['a surname without its particle', { kind: 'name', name: 'Kadhimi' }, null, 'Mustafa Al-Kadhimi'],
    ['an unknown name as written', { kind: 'name', name: 'Jean Dupont' }, null, 'Jean Dupont'],
    ['a role to the person tied to it', { kind: 'role', role: 'porte-parole', words: 'le porte-parole' }, null, 'Nasser al Shammari'],
    ['a role tied to no one as written', { kind: 'role', role: 'maire', words: 'la maire' }, null, 'la maire'],
    ['a pronoun to the last speaker', { kind: 'pronoun', words: 'il' }, 'Joe Biden', 'Joe Biden'],
    ['a pronoun before anyone spoke as written', { kind: 'pronoun', words: 'elle' }, null, 'elle'],
    ['an unnamed speaker before anyone spoke', { kind: 'pronoun', words: '' }, null, UNKNOWN_SPEAKER],
    ['words as written', { kind: 'words', words: 'un analyste' }, 'Joe Biden', 'un analyste'],
  ])('%s', (_, reference, lastSpeaker, expected) => {
    expect(resolveSpeaker(reference, 'deux', people, lastSpeaker)).toBe(expected);
  });
});
