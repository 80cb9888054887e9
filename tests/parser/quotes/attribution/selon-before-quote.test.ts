// The rule "…, selon X, « … »": the speaker named by "selon" before the quote.
import { describe, expect, it } from 'vitest';
import { selonBeforeQuote } from '../../../../src/parser/quotes/attribution/selon-before-quote';
import { situateFirstQuote } from './situate-quote';

describe('selon before the quote', () => {
  it.each([
    ['Les troupes, selon Joe Biden, « partiront d’ici la fin de l’année ».', { kind: 'name', name: 'Joe Biden' }],
    ['Selon le porte-parole, les troupes « partiront ».', { kind: 'role', role: 'porte-parole', words: 'le porte-parole' }],
    ['Selon lui, les troupes « partiront ».', { kind: 'pronoun', words: 'lui' }],
    ['Selon un diplomate européen, les troupes « partiront ».', { kind: 'words', words: 'un diplomate européen' }],
  ])('%s', (sentence, expected) => {
    expect(selonBeforeQuote(situateFirstQuote(sentence))).toEqual(expected);
  });

  it.each([
    ['no selon in the sentence', 'Joe Biden a déclaré que les troupes « partiront ».'],
    ['a selon in the previous sentence', 'Selon Joe Biden, rien ne change. Les troupes « partiront ».'],
    ['a selon after the quote', 'Les troupes « partiront », selon Joe Biden.'],
  ])('gives nothing for %s', (_, sentence) => {
    expect(selonBeforeQuote(situateFirstQuote(sentence))).toBeNull();
  });
});
