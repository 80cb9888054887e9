// The rule "« … » peut-on lire dans l’Observateur": the words are the publication's.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('a quote read in a publication', () => {
  it.each<[string, string[], Credited[]]>([
    ['a headline, then "le site" for the same paper', ['« Le ministre joue sa dernière carte » peut-on lire dans l’Express. Le site s’interroge, « que reste-t-il de la promesse de changement ? »'], [['Le ministre joue sa dernière carte', 'l’Express'], ['que reste-t-il de la promesse de changement ?', 'l’Express']]],
    ['lit-on sur', ['« Tout le monde savait » lit-on sur Mediapart.'], [['Tout le monde savait', 'Mediapart']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it('credits no one for a writing the text does not name', () => {
    expect(quotesOf(['« Tout le monde savait » peut-on lire dans un communiqué du syndicat.'])).toEqual([['Tout le monde savait', null]]);
  });
});
