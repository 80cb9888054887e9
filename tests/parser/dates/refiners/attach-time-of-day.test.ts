import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('attachTimeOfDay', () => {
  it.each([
    ['Le président, lors d’une rencontre lundi après-midi, a déclaré.', ['lundi après-midi → 2021-07-26TAF']],
    ['Hier soir, la police est intervenue.', ['Hier soir → 2021-07-25TEV']],
    ['Le 3 juin à 14 h 30, le conseil a voté.', ['3 juin à 14 h 30 → 2021-06-03T14:30']],
    ['Il s’exprimera à 13 h dimanche.', ['13 h dimanche → 2021-08-01T13:00']],
    ['Ils ont été retrouvés au soir du 28 septembre 1986.', ['au soir du 28 septembre 1986 → 1986-09-28TEV']],
    // A week has no evening: the part of the day only attaches to a day.
    ['La semaine dernière, soir après soir, ils ont manifesté.', ['La semaine dernière → 2021-W29']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
