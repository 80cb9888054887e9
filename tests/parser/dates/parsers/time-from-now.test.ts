import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/time-from-now', () => {
  it.each([
    ['Il reviendra dans trois jours.', ['dans trois jours → 2021-07-29']],
    ['Le chantier finira dans deux ans.', ['dans deux ans → 2023']],
    ['La loi entrera en vigueur d’ici deux ans.', ['d’ici deux ans → 2023 (by)']],
    ['Deux autres consultations sont possibles dans les quatre ans.', ['dans les quatre ans → 2025 (by)']],
    ['Les doses devraient arriver « dans quelques semaines ».', ['dans quelques semaines → FUTURE_REF']],
    ['Soixante condamnés devraient être libérés dans les deux prochaines années.', ['dans les deux prochaines années → FUTURE_REF']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  it.each([['Il a couru dans 2 500 foyers.'], ['Ils ont vécu dans trois villes.']])('finds nothing in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
