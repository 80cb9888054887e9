import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/vague-period', () => {
  it.each([
    ['Le gouvernement a ces derniers jours multiplié les menaces.', ['ces derniers jours → PAST_REF']],
    ['La France a perdu sa place ces dernières années.', ['ces dernières années → PAST_REF']],
    ['Une enquête conduite au cours des derniers mois.', ['des derniers mois → PAST_REF']],
    ['Le mouvement pourrait se poursuivre dans les prochains jours.', ['les prochains jours → FUTURE_REF']],
    ['D’autres parties pourraient être découvertes dans les mois à venir.', ['les mois à venir → FUTURE_REF']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  it('finds nothing in a count of units', () => {
    expect(valuesIn('Il a passé des jours à attendre.', '2021-07-26')).toEqual([]);
  });
});
