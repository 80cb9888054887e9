import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/since-duration', () => {
  it.each([
    ['Il dirige le pays depuis 30 ans.', '2018-11-03', ['depuis 30 ans → 1988 (since)']],
    ['Un point de blocage tenu depuis une semaine par les gilets jaunes.', '2018-11-23', ['depuis une semaine → 2018-11-16 (since)']],
    ['Il attend depuis trois mois.', '2021-07-26', ['depuis trois mois → 2021-04 (since)']],
    ['Une détermination inédite depuis vingt-cinq ans.', '2005-06-22', ['depuis vingt-cinq ans → 1980 (since)']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  // Durations are not points in time.
  it.each([['Il a régné pendant trois ans.'], ['Le pont a été construit en trois semaines.'], ['La réunion a duré plus de 4 heures.']])('finds nothing in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
