import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/vague-reference', () => {
  it.each([
    ['Il est actuellement en prison.', ['actuellement → PRESENT_REF']],
    ['Il a récemment démissionné.', ['récemment → PAST_REF']],
    ['Les tarifs augmenteront prochainement.', ['prochainement → FUTURE_REF']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });
});
