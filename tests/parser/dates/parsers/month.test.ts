import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/month', () => {
  it.each([
    ['un assaut contre l’ambassade à Bagdad en janvier 2020.', '2021-07-26', ['janvier 2020 → 2020-01']],
    ['Le projet sera lancé en mars.', '2021-01-15', ['mars → 2021-03']],
    ['Dans une interview à l’AFP, en février, M. Ghosn avait dit vouloir continuer.', '2018-11-22', ['février → 2018-02']],
    ['Le chantier reprendra mars prochain.', '2021-07-26', ['mars prochain → 2022-03']],
    ['En mars dernier, il a démissionné.', '2018-11-22', ['mars dernier → 2018-03']],
    ['Les travaux commenceront début mars.', '2021-01-15', ['début mars → 2021-03 (start)']],
    ['Ils reviendront mi-mars.', '2021-01-15', ['mi-mars → 2021-03 (mid)']],
    ['L’épisode a été tourné à la fin du mois d’octobre.', '2018-11-13', ['fin du mois d’octobre → 2018-10 (end)']],
    // "figurait" is an imperfect (past), not a conditional.
    ['Il figurait depuis la mi-janvier sur le fichier des personnes recherchées.', '2019-02-19', ['mi-janvier → 2019-01 (since)']],
    ['Sarkozy vient de mettre en route la privatisation pour juillet.', '2008-06-09', ['juillet → 2008-07']],
    // "depuis décembre" in the present counts from the publication, not from the 1917 of the sentence before.
    ['L’épave a échoué en juillet 1917.Depuis décembre, à marée basse, on la voit.', '2019-01-10', ['juillet 1917 → 1917-07', 'décembre → 2018-12 (since)']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it.each([
    ['La sonde s’est posée sur Mars.'],
    ['Mai est un mois doux.'],
  ])('is no month in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-01-15')).toEqual([]);
  });
});
