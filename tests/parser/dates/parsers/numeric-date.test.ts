import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/numeric-date', () => {
  it.each([
    ['Mise à jour le 26/07/2021 à 14 h.', ['26/07/2021 à 14 h → 2021-07-26T14:00']],
    ['Publié le 03.01.2020.', ['03.01.2020 → 2020-01-03']],
    // A two-digit year: this century's up to 39.
    ['Le 27/05/04, il déclare au Sénat qu’il n’y aura pas de privatisation.', ['27/05/04 → 2004-05-27']],
    ['Le score final était de 3/1.', []],
    ['Le 49.3 a été utilisé.', []],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
