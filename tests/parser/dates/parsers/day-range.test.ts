import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/day-range', () => {
  it.each([
    // Without a year, the tense decides: a July article's coming June is next year's.
    ['Le festival aura lieu du 3 au 5 juin.', ['du 3 au 5 juin → 2022-06-03/2022-06-05']],
    ['Le festival a eu lieu du 3 au 5 juin.', ['du 3 au 5 juin → 2021-06-03/2021-06-05']],
    ['Le festival a eu lieu les 3 et 4 juin 2019.', ['les 3 et 4 juin 2019 → 2019-06-03/2019-06-04']],
    ['La trêve durera du 28 décembre au 2 janvier 2022.', ['du 28 décembre au 2 janvier 2022 → 2021-12-28/2022-01-02']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
