import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/season', () => {
  it.each([
    ['Les feux de l’été 2020 ont marqué les esprits.', '2021-07-26', ['l’été 2020 → 2020-SU']],
    ['Cet été, les plages sont pleines.', '2021-07-26', ['Cet été → 2021-SU']],
    ['L’hiver dernier a été doux.', '2021-07-26', ['L’hiver dernier → 2020-WI']],
    ['Le chantier reprendra au printemps.', '2021-07-26', ['au printemps → 2022-SP']],
    ['Les élections ont eu lieu au printemps.', '2021-07-26', ['au printemps → 2021-SP']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it.each([['L’été est la saison des vacances.'], ['Il a été élu maire.'], ['La nuit tombe vite en hiver.']])('finds no season in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
