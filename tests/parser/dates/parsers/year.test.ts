import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/year', () => {
  it.each([
    ['Les négociations avaient repris en 2018.', ['2018 → 2018']],
    ['La Révolution éclate en 1789.', ['1789 → 1789']],
    ['Un accord est attendu d’ici 2025.', ['2025 → 2025 (by)']],
    ['Il est au pouvoir depuis 2019.', ['2019 → 2019 (since)']],
    ['La maison a été construite vers 2010.', ['2010 → 2010 (around)']],
    ['La croissance reprendra fin 2021 puis mi-2022.', ['fin 2021 → 2021 (end)', 'mi-2022 → 2022 (mid)']],
    ['La saison 2020-2021 a été annulée.', ['2020-2021 → 2020/2021']],
    ['Les combats ont duré de 1914 à 1918.', ['1914 à 1918 → 1914/1918']],
    ['Ils s’appuient sur un texte de loi datant de 1792.', ['1792 → 1792']],
    ['Il les a confiés au docteur Lacassagne (1886-1960).', ['1886-1960 → 1886/1960']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  // Numbers that are not dates: counts, prices, names, articles of law.
  it.each([
    ['Les 2 500 soldats américains en Irak.'],
    ['Le livre a été tiré en 2000 exemplaires.'],
    ['L’Airbus A320 s’est posé.'],
    ['Le gouvernement a utilisé le 49.3.'],
    ['L’Irak recevra 500 000 doses.'],
    ['Environ 1500 actions sont attendues.'],
    ['Ils étaient entre 1500 et 2000 à Lille.'],
    ['Le prix atteint 2020 euros.'],
    ['Il a couru 1900 mètres.'],
    ['Il vit au n° 2010 de la rue.'],
    ['Le COVID-19 a tout changé.'],
  ])('finds no year in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
