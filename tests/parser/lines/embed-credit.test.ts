// An embedded tweet's credit line, and the tweet's text above it (eval/articles/34-7sur7-kassovitz-morano-tweet).
import { describe, expect, it } from 'vitest';
import { isEmbedCredit, markEmbedCards } from '../../../src/parser/lines/embed-credit';
import { readLines } from './read-lines';

describe('a tweet credit line', () => {
  it.each([
    ['— Nadine Morano (@nadine__morano) June 4, 2012', true],
    ['— mathieu kassovitz (@kassovitz) June 11, 2012', true],
    ['- Emmanuel Macron (@EmmanuelMacron) 28 octobre 2020', true],
    ['— Le ministre a répondu sur Twitter (@gouvernementFR) dans la soirée.', false],
    ['Il écrit sur son compte (@kassovitz) qu’il ne regrette rien.', false],
  ])('"%s": %s', (line, expected) => {
    expect(isEmbedCredit(line)).toBe(expected);
  });

  it('sets aside the tweet above its credit, and keeps the paragraph that quotes it', () => {
    const lines = readLines([
      'Sur tweeter il y a beaucoup de lâches qui insultent cachés derrière leur anonymat',
      '— Nadine Morano (@nadine__morano) June 4, 2012',
      'La 4 juin dernier, Nadine Morano indiquait sur Twitter que bon nombre de personnes se cachaient sous un pseudonyme.',
    ]);
    markEmbedCards(lines);
    expect(lines.map((line) => line.reading)).toEqual([
      { kind: 'set-aside', reason: 'embed' },
      { kind: 'set-aside', reason: 'embed-credit' },
      { kind: 'paragraph', text: lines[2]?.text },
    ]);
  });
});
