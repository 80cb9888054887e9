import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/period-edge', () => {
  it.each([
    ['Les États-Unis n’allaient pas participer, d’ici la fin de l’année, à une mission de combat.', '2021-07-26', ['d’ici la fin de l’année → 2021 (by)']],
    ['Une visite est prévue d’ici la fin du mois.', '2021-07-26', ['d’ici la fin du mois → 2021-07 (by)']],
    ['Le texte sera examiné à la fin de l’année prochaine.', '2021-07-26', ['à la fin de l’année prochaine → 2022 (end)']],
    ['Macron doit présenter en début de semaine des mesures.', '2018-12-09', ['en début de semaine → 2018-W50 (start)']],
    ['Les soldes reprennent en fin d’année.', '2021-07-26', ['en fin d’année → 2021 (end)']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it('leaves "la fin du mois" to the month that follows it', () => {
    expect(valuesIn('L’épisode a été tourné à la fin du mois d’octobre.', '2018-11-13')).toEqual(['fin du mois d’octobre → 2018-10 (end)']);
  });
});
