import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/narrative-day', () => {
  it.each([
    // Counted from the date the passage tells, not from the publication.
    ['La veille, les milices avaient manifesté.', ['L’ambassade a été attaquée le 31 décembre 2019.'], ['La veille → 2019-12-30']],
    ['Le lendemain, Trump a ordonné la frappe.', ['L’ambassade a été attaquée le 31 décembre 2019.'], ['Le lendemain → 2020-01-01']],
    ['Le surlendemain, le parlement votait.', ['Le 3 janvier 2020, la frappe a eu lieu.'], ['Le surlendemain → 2020-01-05']],
    ['La veille au soir, tout était calme.', ['Le 3 janvier 2020, la frappe a eu lieu.'], ['La veille au soir → 2020-01-02TEV']],
    // "le lendemain du scrutin": the day after the one the passage is at (HeidelTime's reading).
    ['Le premier ministre arrive dès le lendemain du scrutin.', ['Les bureaux de vote ouvriront dimanche.'], ['le lendemain → 2018-11-05 (since)']],
    ['Quels effets au lendemain du quatrième samedi ?', ['La mobilisation a décliné samedi.'], ['au lendemain → 2018-11-04', 'samedi → 2018-11-03']],
    // After a comma, the words restate the day before them.
    ['Il avait publié ces posts samedi, au lendemain de l’attaque.', [], ['samedi → 2018-11-03', 'au lendemain → 2018-11-03']],
    // "depuis vingt-cinq ans" is a span up to today: the day told before it still holds.
    ['Le gouverneur en rajoute une couche le même jour.', ['Un vent souffle depuis hier. Une clarté inédite depuis vingt-cinq ans.'], ['le même jour → 2018-11-02']],
  ])('%s', (sentence, before, expected) => {
    expect(valuesIn(sentence, '2018-11-03', ...before)).toEqual(expected);
  });

  it.each([
    // An event with no date told before: unknowable.
    ['Copé ne pouvait y participer à la veille du scrutin qui doit désigner le président.', ['à la veille → null']],
    // A feast has its own date: left out.
    ['C’est la veille des fêtes de Noël.', []],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2012-11-17')).toEqual(expected);
  });
});
