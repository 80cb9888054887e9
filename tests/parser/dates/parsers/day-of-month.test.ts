import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/day-of-month', () => {
  it.each([
    // The month comes from the publication, the tense picks before or after.
    ['Il viendra le 3.', '2021-01-15', ['le 3 → 2021-02-03']],
    ['Il est arrivé le 3, épuisé.', '2021-01-15', ['le 3 → 2021-01-03']],
    ['Le 12 au soir, la foule a envahi la place.', '2021-01-15', ['Le 12 au soir → 2021-01-12TEV']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it.each([
    ['Le 49.3 a été utilisé pour la troisième fois.'],
    ['Il habite au 3 rue de la Paix, le 3 rue Haute étant vendu.'],
    ['Le 14 de la liste est élu.'],
  ])('is no day in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-01-15')).toEqual([]);
  });
});
