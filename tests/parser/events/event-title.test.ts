// Event titles: the sentence's own words, cut at a word when long.
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../../../src/parser/events/event-title';

describe('event titles', () => {
  it('keeps a short sentence whole', () => {
    expect(eventTitle('Les législateurs ont voté ce mois-ci.')).toBe('Les législateurs ont voté ce mois-ci.');
  });

  it('cuts a long sentence at a word, near 100 characters, without rewording it', () => {
    const sentence = `${'mot '.repeat(40)}fin.`;
    const title = eventTitle(sentence);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith('mot…')).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
  });
});
