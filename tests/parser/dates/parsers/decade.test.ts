import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/decade', () => {
  it.each([
    ['Dans les années 1990, la ville a grandi.', ['les années 1990 → 199']],
    ['La mode des années 80 revient.', ['des années 80 → 198']],
    ['Les années 2000 ont vu naître Internet.', ['Les années 2000 → 200']],
    ['Les années quatre-vingt ont été dures.', ['Les années quatre-vingt → 198']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
