// Bylines and the people they name (real lines of eval/articles), and body lines that open with "Par".
import { describe, expect, it } from 'vitest';
import { readByline } from '../../../src/parser/lines/byline';

describe('a byline', () => {
  it.each([
    ['Par Jeanne Martin', { kind: 'byline', names: ['Jeanne Martin'] }],
    ['par Mourad Guichard', { kind: 'byline', names: ['Mourad Guichard'] }],
    ['Par: Laura Cerrada', { kind: 'byline', names: ['Laura Cerrada'] }],
    ['Par', { kind: 'byline', names: [] }],
    ['Par latribune.fr  |   |  166  mots', { kind: 'byline', names: [] }],
    ['Jeanne Martin, à Bruxelles', { kind: 'byline', names: ['Jeanne Martin'] }],
    ['Berlin, de notre envoyé spécial', { kind: 'byline', names: [] }],
    ['Rédaction en ligne', { kind: 'byline', names: [] }],
    ['Nicolas Crousse', { kind: 'name-line', names: ['Nicolas Crousse'] }],
    ['Bernard Demonty, Pascal Lorent', { kind: 'name-line', names: ['Bernard Demonty', 'Pascal Lorent'] }],
    ['Eva HAMBACH', { kind: 'name-line', names: ['Eva HAMBACH'] }],
  ])('"%s"', (line, expected) => {
    expect(readByline(line)).toEqual(expected);
  });

  it.each([
    ['Par ailleurs, le ministre a rappelé que rien n’était décidé.'],
    ['Par conséquent'],
    ['Partager le pouvoir'],
    ['Pacte de Genève'],
    ['Liquidation judiciaire'],
    ['Le Président'],
    ['Lundi 18 Février'],
    ['Georges Leekens et Vincent Kompany. NEWS'],
  ])('"%s" is not', (line) => {
    expect(readByline(line)).toBeNull();
  });
});
