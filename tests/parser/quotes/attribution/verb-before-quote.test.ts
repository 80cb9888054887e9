// The rule "X a déclaré que « … »": the subject of a speech verb before the quote, in the same sentence.
import { describe, expect, it } from 'vitest';
import { verbBeforeQuote } from '../../../../src/parser/quotes/attribution/verb-before-quote';
import { situateFirstQuote } from './situate-quote';

describe('verb before the quote', () => {
  it.each([
    ['Joe Biden a déclaré que les troupes « partiront ».', { kind: 'name', name: 'Joe Biden' }],
    ['Dans un communiqué, Joe Biden a déclaré : « Nous partirons ».', { kind: 'name', name: 'Joe Biden' }],
    ['Le président, lors d’une rencontre, a déclaré : « Nous partirons ».', { kind: 'role', role: 'président', words: 'le président' }],
    ['Président Joe Biden a également noté que « rien ne change ».', { kind: 'name', name: 'Joe Biden' }],
    ['Aussi a-t-il ajouté que « rien ne change ».', { kind: 'pronoun', words: 'il' }],
    ['Elle a écrit une lettre et a dit « rien ne change ».', { kind: 'pronoun', words: 'elle' }],
    ['Plusieurs responsables ont déclaré que « rien ne change ».', { kind: 'role', role: 'responsables', words: 'plusieurs responsables' }],
    ['Un analyste de la banque a déclaré que « rien ne change ».', { kind: 'words', words: 'un analyste de la banque' }],
  ])('%s', (sentence, expected) => {
    expect(verbBeforeQuote(situateFirstQuote(sentence))).toEqual(expected);
  });

  it.each([
    ['no speech verb', 'Les troupes, un « truc bon marché », partiront.'],
    ['a verb in the previous sentence', 'Joe Biden a déclaré que rien ne change. Les troupes, un « truc », partiront.'],
    ['selon, which is its own rule', 'Selon Joe Biden, les troupes « partiront ».'],
  ])('gives nothing for %s', (_, sentence) => {
    expect(verbBeforeQuote(situateFirstQuote(sentence))).toBeNull();
  });
});
