import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/numeric-date', () => {
  it.each([
    ['Mise à jour le 26/07/2021 à 14 h.', ['26/07/2021 à 14 h → 2021-07-26T14:00']],
    ['Publié le 03.01.2020.', ['03.01.2020 → 2020-01-03']],
    ['Le score final était de 3/1.', []],
    ['Le 49.3 a été utilisé.', []],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
