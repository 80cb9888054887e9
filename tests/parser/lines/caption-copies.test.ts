// A caption printed twice, bare then with its credit (eval/articles/46-rfi…, 38-euronews…).
import { describe, expect, it } from 'vitest';
import { markCaptionCopies } from '../../../src/parser/lines/caption-copies';
import { readLines } from './read-lines';

describe('a caption printed twice', () => {
  it.each([
    [
      ['Robert Beugré Mambé nouveau Premier ministre ivoirien.', 'Robert Beugré Mambé nouveau Premier ministre ivoirien. © gouv.ci'],
      [
        { kind: 'caption', text: 'Robert Beugré Mambé nouveau Premier ministre ivoirien.', credit: null },
        { kind: 'caption', text: 'Robert Beugré Mambé nouveau Premier ministre ivoirien.', credit: 'gouv.ci' },
      ],
    ],
    [
      ['Le rapport Mueller, rendu public le 18 avril 2019', 'Le rapport Mueller, rendu public le 18 avril 2019 -'],
      [
        { kind: 'caption', text: 'Le rapport Mueller, rendu public le 18 avril 2019', credit: null },
        { kind: 'caption', text: 'Le rapport Mueller, rendu public le 18 avril 2019', credit: null },
      ],
    ],
    [
      ['Le ministre a parlé.', 'Le ministre a parlé. Puis il est parti sans répondre aux questions des journalistes présents.'],
      [
        { kind: 'paragraph', text: 'Le ministre a parlé.' },
        { kind: 'paragraph', text: 'Le ministre a parlé. Puis il est parti sans répondre aux questions des journalistes présents.' },
      ],
    ],
  ])('%j', (texts, expected) => {
    const lines = readLines(texts);
    markCaptionCopies(lines);
    expect(lines.map((line) => line.reading)).toEqual(expected);
  });
});
