// The incise: « A », estime-t-elle, « B » and « A, dit-il, B »: two quotes, one speaker.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('an incise cuts a quote in two', () => {
  it.each<[string, string[], Credited[]]>([
    ['between two quotes', ['Claire Morand a pris la parole à la tribune.', '« Nous irons jusqu’au bout », estime-t-elle, « le gouvernement doit reculer ».'], [['Nous irons jusqu’au bout', 'Claire Morand'], ['le gouvernement doit reculer', 'Claire Morand']]],
    ['inside the marks', ['« Nous vivons un véritable traumatisme social, commente Anatole Heidelberger, secrétaire de l’union locale CFDT. Nous pensions être à l’abri. »'], [['Nous vivons un véritable traumatisme social', 'Anatole Heidelberger'], ['Nous pensions être à l’abri.', 'Anatole Heidelberger']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
