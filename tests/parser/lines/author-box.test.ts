// The author's box under an article: a name alone, then a short bio in English. A French paragraph after a name
// stays the story's, and so does an English line that follows no name.
import { describe, expect, it } from 'vitest';
import { markAuthorBoxes } from '../../../src/parser/lines/author-box';
import { outcome, readLines } from './read-lines';

const BIO = 'Senior editor based in Lyon, she has been writing about energy and the climate for ten years and is the author of two books.';

describe('an author box', () => {
  it.each([
    ['a name, then an English bio', ['Claire Martin', BIO], ['byline', 'byline']],
    ['a name, then a French paragraph', ['Claire Martin', 'Elle a été élue maire de la commune en 2020 et a lancé un plan de rénovation des écoles.'], ['name-line', 'paragraph']],
    ['an English line with no name before it', ['Le ministre a lu la déclaration.', BIO], ['paragraph', 'paragraph']],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markAuthorBoxes(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});
