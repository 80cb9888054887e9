// The rule "X préfère mettre en avant « … »": a verb of saying in the infinitive right before the quote.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('an infinitive of saying before the quote', () => {
  it.each<[string, string[], Credited[]]>([
    ['after a verb of preference', ['Pour le brassard, Claire Morand préfère mettre en avant « la capacité à décider sous pression ».'], [['la capacité à décider sous pression', 'Claire Morand']]],
    ['after "tient à", the governing verb left out of the subject', ['Le ministre tient à rappeler que « la loi sera appliquée partout ».'], [['la loi sera appliquée partout', 'le ministre']]],
    ['"pour lui dire", and "selon" after the quote names who reported it', ['En chemin, Paul Durand a appelé sa femme pour lui dire qu’il avait « un très gros problème », selon la presse locale.'], [['un très gros problème', 'Paul Durand']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it('finds no speaker for words a witness heard someone say', () => {
    expect(quotesOf(['Un témoin affirme avoir entendu Paul Durand dire « sale type » au député.'])).toEqual([]);
  });
});
