import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/part-of-year', () => {
  it.each([
    ['Le PIB a progressé au premier trimestre 2021.', ['premier trimestre 2021 → 2021-Q1']],
    ['Les ventes du troisième trimestre sont bonnes.', ['troisième trimestre → 2021-Q3']],
    ['Résultats du T3 2020 en hausse.', ['T3 2020 → 2020-Q3']],
    ['Le second semestre sera difficile.', ['second semestre → 2021-H2']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
