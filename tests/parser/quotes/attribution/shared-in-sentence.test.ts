// Partial quotes of one sentence share its attribution.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('one attribution for the quotes of a sentence', () => {
  it.each<[string, string[], Credited[]]>([
    ['a partial quote before an attributed one', ['Jean-Claude Mas a parlé aux enquêteurs.', 'Ce gel est "une formule non brevetée", "car ça ne sert à rien", ajoute M. Mas.'], [['une formule non brevetée', 'Jean-Claude Mas'], ['car ça ne sert à rien', 'Jean-Claude Mas']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
