import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('dropTitlesOfWorks', () => {
  it.each([
    ['Ils ont enfin réuni leurs héros dans le film 20 ans après.'],
    ['Elle joue dans la série Demain depuis ses débuts.'],
    ['Son nouvel album 1999 sort chez un petit label.'],
    ['Le documentaire Dimanche soir a été primé à Cannes.'],
  ])('%s has no date: a title of a work', (sentence) => {
    expect(valuesIn(sentence, '2019-01-10')).toEqual([]);
  });

  it.each([
    ['Le film est sorti lundi dans les salles.', ['lundi → 2019-01-07']],
    ['Le livre paraîtra en mars 2019.', ['mars 2019 → 2019-03']],
  ])('%s keeps its date: the work is not right before it', (sentence, expected) => {
    expect(valuesIn(sentence, '2019-01-10')).toEqual(expected);
  });
});
