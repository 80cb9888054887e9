import { describe, expect, it } from 'vitest';
import { readDates, valuesIn } from '../read-dates';

describe('fr/day-month-year', () => {
  it.each([
    ['Le 26 juillet 2021, Biden reçoit al-Kadhimi.', '2021-07-28', ['26 juillet 2021 → 2021-07-26']],
    ['Les relations se sont tendues le 1er janvier 2020.', '2021-07-26', ['1er janvier 2020 → 2020-01-01']],
    // Without a year, the nearest one the tense allows: a January article's "5 décembre" is last year's.
    ['Il a parlé le 5 décembre.', '2021-01-15', ['5 décembre → 2020-12-05']],
    ['Le vote aura lieu le 1er août.', '2021-07-26', ['1er août → 2021-08-01']],
    ['Les taxes seraient appliquées dès le 1er janvier.', '2018-12-20', ['1er janvier → 2019-01-01 (since)']],
    // "d’ici" points ahead whatever the verb.
    ['Le cabinet s’est engagé à organiser une réunion d’ici le 8 novembre.', '2012-10-12', ['8 novembre → 2012-11-08 (by)']],
    // "dernier" and "prochain" give the direction themselves.
    ['Sur Instagram, le 28 décembre dernier, le chanteur a écrit.', '2019-01-08', ['28 décembre dernier → 2018-12-28']],
    ['La demi-finale sera diffusée le 11 décembre prochain.', '2018-11-13', ['11 décembre prochain → 2018-12-11']],
    // A weekday with the day picks the year where they agree.
    ['Il a joué le dimanche 23 décembre à Nice.', '2018-12-29', ['dimanche 23 décembre → 2018-12-23']],
    // "un extrait" ends like a future verb: it is a noun, the clause is past.
    ['Il a posté mercredi un extrait de cette représentation, le dimanche 23 décembre à Nice.', '2018-12-29', ['mercredi → 2018-12-26', 'dimanche 23 décembre → 2018-12-23']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it('gives a day that does not exist no value, and keeps it as a mention', () => {
    const [mention] = readDates('Une lettre datée du 31 février 2021 circule.', '2021-07-26');
    expect(mention).toMatchObject({ text: '31 février 2021', value: null, precision: 'day', rule: 'fr/day-month-year' });
  });

  it('leaves a year-less day null without a publication date', () => {
    expect(valuesIn('Il a parlé le 5 décembre.', null)).toEqual(['5 décembre → null']);
  });
});
