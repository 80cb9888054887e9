// The rule "« … », a déclaré X": the verb right after the closing mark, and its speaker.
import { describe, expect, it } from 'vitest';
import { verbAfterQuote } from '../../../../src/parser/quotes/attribution/verb-after-quote';
import { situateFirstQuote } from './situate-quote';

describe('verb after the quote', () => {
  it.each([
    ['« Nous partirons », a déclaré Joe Biden.', { kind: 'name', name: 'Joe Biden' }],
    ['“Nous partirons”, a-t-il ajouté.', { kind: 'pronoun', words: 'il' }],
    ['« Nous partirons », explique-t-elle.', { kind: 'pronoun', words: 'elle' }],
    ['« Nous partirons », explique Biden.', { kind: 'name', name: 'Biden' }],
    ['« Nous partirons », a déclaré le porte-parole.', { kind: 'role', role: 'porte-parole', words: 'le porte-parole' }],
    ['« Nous partirons », a déclaré le porte-parole, Nasser al Shammari.', { kind: 'name', name: 'Nasser al Shammari' }],
    ['« Nous partirons », selon un analyste de la banque.', { kind: 'words', words: 'un analyste de la banque' }],
    ['Joe Biden était clair : « Nous partirons », a-t-il dit à la presse.', { kind: 'pronoun', words: 'il' }],
    ['Joe Biden : « Nous partirons », a déclaré.', { kind: 'name', name: 'Joe Biden' }],
  ])('%s', (sentence, expected) => {
    expect(verbAfterQuote(situateFirstQuote(sentence))).toEqual(expected);
  });

  it.each([
    ['a term held at arm’s length', 'Un « truc bon marché », comme disent certains.'],
    ['a present verb that is not right after the quote', 'Le « plan », et l’annonce de lundi.'],
    ['a verb before the quote, not after', 'Joe Biden a déclaré : « Nous partirons ».'],
  ])('gives nothing for %s', (_, sentence) => {
    expect(verbAfterQuote(situateFirstQuote(sentence))).toBeNull();
  });
});
