import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/century', () => {
  it.each([
    ['Les guerres du XXe siècle.', ['XXe siècle → 19']],
    ['Une église du XIXème siècle.', ['XIXème siècle → 18']],
    ['Au 21e siècle, tout change.', ['21e siècle → 20']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  it('reads no century in a lower-case word', () => {
    expect(valuesIn('Un vie siècle de paix.', '2021-07-26')).toEqual([]);
  });
});
