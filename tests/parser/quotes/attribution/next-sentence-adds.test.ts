// The rule "« … ». X a même ajouté que …": the next sentence's subject added more, so the quote before was theirs.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('the next sentence says its subject added more', () => {
  it.each<[string, string[], Credited[]]>([
    ['a name that "a même ajouté"', ['Le groupe ne voit pas de reprise. Malgré « l’optimisme des marchés, nous ne voyons aucun signal de rebond ». Claire Morand a même ajouté que « la fin d’année sera difficile ».'], [['l’optimisme des marchés, nous ne voyons aucun signal de rebond', 'Claire Morand'], ['la fin d’année sera difficile', 'Claire Morand']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Credited[]]>([
    ['the next sentence is about something else', ['Malgré « l’optimisme des marchés, nous ne voyons aucun signal de rebond ». Claire Morand a quitté la salle.'], [['l’optimisme des marchés, nous ne voyons aucun signal de rebond', null]]],
  ])('credits no one when %s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
