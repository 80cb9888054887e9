// A credit standing alone: agencies, photographers, rights lines. Real lines of eval/articles, and body lines naming
// an agency that must stay.
import { describe, expect, it } from 'vitest';
import { isCreditLine } from '../../../src/parser/lines/credit-line';

describe('a credit line', () => {
  it.each([
    ['© AFP'],
    ['© AFP/Archives - Dominique Faget'],
    ['(Belga)'],
    ['Belga'],
    ['Photo Belga'],
    ['Source: belga'],
    ['Source: L\'Avenir'],
    ['source : www.lemonde.fr'],
    ['LIBERATION avec AFP'],
    ['Tous droits réservés'],
    ['Tous droits de reproduction et de représentation réservés. © 2019 - Agence France-Presse.'],
    ['(Crédits : © Charles Platiau / Reuters)'],
    ['reuters.com  |   |  343  mots'],
    ['french.xinhuanet.com'],
  ])('"%s" is a credit', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    ['L’AFP a contacté le ministère, qui n’a pas répondu.'],
    ['Selon Reuters, la banque prépare un plan social.'],
    ['Photo de famille à l’Élysée pour les ministres'],
    ['Source de tensions, la réforme divise la majorité.'],
  ])('"%s" stays in the body', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});
