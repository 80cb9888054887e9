import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('mergeRanges', () => {
  it.each([
    ['Les combats ont duré de 1914 à 1918.', ['1914 à 1918 → 1914/1918']],
    ['Les fouilles ont eu lieu entre mars et mai 2020.', ['mars et mai 2020 → 2020-03/2020-05']],
    ['Le salon s’est tenu du 3 juin au 5 juillet 2021.', ['du 3 juin au 5 juillet 2021 → 2021-06-03/2021-07-05']],
    ['Macron recevra mardi et mercredi les représentants des banques.', ['mardi et mercredi → 2018-12-11/2018-12-12']],
    ['Le musée était fermé du lundi au mercredi.', ['lundi au mercredi → 2018-12-10/2018-12-12']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2018-12-10')).toEqual(expected);
  });

  it('keeps two years joined by "et" apart unless "entre" opens them', () => {
    expect(valuesIn('Il a gagné en 2019 et 2020.', '2021-07-26')).toEqual(['2019 → 2019', '2020 → 2020']);
  });
});
