// The rule "X s’est montré satisfait … d’avoir « … »": saying how one feels is speaking.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('an attitude said before the quote', () => {
  it.each<[string, string[], Credited[]]>([
    ['s’est montrée satisfaite, with an apposition and an adverb', ['Claire Morand, la présidente de la région, s’est montrée globalement satisfaite à l’issue du vote pour avoir « tenu la ligne jusqu’au bout ».'], [['tenu la ligne jusqu’au bout', 'Claire Morand']]],
    ['s’est dit confiant', ['Le ministre s’est dit confiant de « trouver un accord avant l’été ».'], [['trouver un accord avant l’été', 'le ministre']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it('reads no attitude in "s’est montré" alone', () => {
    expect(quotesOf(['Le ministre s’est montré à la fenêtre avec une pancarte « Non à la fermeture ».'])).toEqual([['Non à la fermeture', null]]);
  });
});
