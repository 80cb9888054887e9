// The rule "« … » Habitante du quartier, Martine est inquiète.": the words first, then a portrait of who said them.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('a portrait of the speaker right after the words', () => {
  it.each<[string, string[], Credited[]]>([
    ['an apposition, a first name and a verb', ['« J’ai laissé mon fils partir seul à vélo. Je le regrette aujourd’hui. » Habitante du quartier depuis vingt ans, Martine est inquiète.'], [['J’ai laissé mon fils partir seul à vélo. Je le regrette aujourd’hui.', 'Martine']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Credited[]]>([
    ['a circumstance before the name', ['Le quartier est sous le choc.', '« On n’a rien vu venir. » Selon la police, Paul Durand a quitté les lieux.'], [['On n’a rien vu venir.', null]]],
    ['a portrait of someone things happen to', ['« Je ne regrette rien de ces années passées ici. » Ancien ministre, Jean Dupont a été condamné mardi.'], [['Je ne regrette rien de ces années passées ici.', null]]],
    ['a role that did not speak', ['« On n’a rien vu venir. » Le maire, lui, n’a pas réagi.'], [['On n’a rien vu venir.', null]]],
  ])('credits no one after %s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
