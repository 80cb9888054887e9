import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/time-ago', () => {
  it.each([
    ['Il y a trois jours, il pleuvait.', '2021-01-15', ['Il y a trois jours → 2021-01-12']],
    // "quinze jours" is two weeks, "huit jours" one.
    ['Il y a quinze jours, la grève a commencé.', '2018-12-10', ['Il y a quinze jours → 2018-11-26']],
    ['Il est parti il y a une dizaine d’années.', '2011-09-16', ['il y a une dizaine d’années → 2001']],
    ['Il y a trois semaines, tout a basculé.', '2018-12-10', ['Il y a trois semaines → 2018-W47']],
    ['il y a un mois, il était inconnu.', '2018-12-11', ['il y a un mois → 2018-11']],
    ['C’était il y a cinquante ans.', '2018-12-28', ['il y a cinquante ans → 1968']],
    ['Il est parti il y a près d’un an.', '2021-07-26', ['il y a près d’un an → 2020 (around)']],
    // A vague count keeps only its direction.
    ['Il y a quelques jours, il a annoncé sa candidature.', '2018-12-12', ['Il y a quelques jours → PAST_REF']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it('is null without a publication date', () => {
    expect(valuesIn('Il y a trois jours, il pleuvait.', null)).toEqual(['Il y a trois jours → null']);
  });
});
