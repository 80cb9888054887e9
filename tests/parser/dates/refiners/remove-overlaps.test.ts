import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../../../src/parser/dates/refiners/remove-overlaps';
import { candidate } from '../../../../src/parser/dates/reading';
import { valuesIn } from '../read-dates';

describe('removeOverlaps', () => {
  it.each([
    // The longest reading wins: the day holds the month and the year.
    ['Le 26 juillet 2021, Biden a reçu al-Kadhimi.', ['26 juillet 2021 → 2021-07-26']],
    ['Le festival a eu lieu du 3 au 5 juin 2019.', ['du 3 au 5 juin 2019 → 2019-06-03/2019-06-05']],
    ['Lundi 26 juillet, la Maison Blanche a reçu le Premier ministre.', ['Lundi 26 juillet → 2021-07-26']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-28')).toEqual(expected);
  });

  it('keeps the earlier parser on equal spans', () => {
    const year = { kind: 'fixed', value: '2021', precision: 'year' } as const;
    const kept = removeOverlaps([candidate(0, 4, year, 'first'), candidate(0, 4, year, 'second'), candidate(5, 9, year, 'apart')], '');
    expect(kept.map((found) => found.rule)).toEqual(['first', 'apart']);
  });
});
