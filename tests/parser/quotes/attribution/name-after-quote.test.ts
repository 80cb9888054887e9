// The rule "« … », bougonne Paula Ferreira": a verb the lexicon lacks, then a full name, right after the quote.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('a full name after the quote and an unknown verb', () => {
  it.each<[string, string[], Credited[]]>([
    ['a verb of saying the lexicon lacks', ['« Nous irons jusqu’au bout de cette affaire », bougonne Paula Ferreira, avocate du plaignant.'], [['Nous irons jusqu’au bout de cette affaire', 'Paula Ferreira']]],
    ['a misspelt verb, after another speaker’s quote', ['« Je pars », a annoncé Léa Martin.', '« Je suis fier de son parcours », poursuite Marc Durand, son entraîneur.'], [['Je pars', 'Léa Martin'], ['Je suis fier de son parcours', 'Marc Durand']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Credited[]]>([
    ['a conjunction before the name', ['« Nous irons jusqu’au bout de cette affaire », mais Paula Ferreira n’y croit pas.'], [['Nous irons jusqu’au bout de cette affaire', null]]],
    ['a participle that names who made the words', ['« Le chant des rivières perdues, ça reste mon meilleur souvenir », signé Antonin Baudry.'], [['Le chant des rivières perdues, ça reste mon meilleur souvenir', null]]],
    ['a name that goes on into its own clause', ['« Nous irons jusqu’au bout de cette affaire », rappelons Paula Ferreira qui dirige le cabinet.'], [['Nous irons jusqu’au bout de cette affaire', null]]],
  ])('credits no one for %s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
