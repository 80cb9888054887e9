// The lines pass over a whole scrape: the title, the blocks, what is set aside and why, and text with no article.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/parser/context';
import { readLines } from '../../../src/parser/lines/lines-pass';

describe('the lines pass', () => {
  it('reads the title, the blocks, and sets aside furniture with its line number', () => {
    const context = createContext('\uFEFFTitre\r\n\r\nUn paragraphe.Source link\nnone\rPHOTO : une photo (A/B)', {});
    expect(readLines(context)).toBeUndefined();
    expect(context.titleLine).toEqual({ number: 1, text: 'Titre' });
    expect(context.drafts.map((draft) => [draft.kind, draft.line, draft.text])).toEqual([
      ['paragraph', 3, 'Un paragraphe.'],
      ['caption', 5, 'une photo'],
    ]);
    expect(context.setAside).toEqual([
      { line: 3, text: 'Source link', reason: 'site-footer' },
      { line: 4, text: 'none', reason: 'scrape-noise' },
    ]);
  });

  it.each([
    ['', 'empty text: there is nothing to read'],
    [' \n\t ', 'blank text: only spaces and line breaks'],
    ['Titre\nPHOTO : une photo', 'no article body: the file has a title but no paragraph'],
  ])('says why %j holds no article', (raw, problem) => {
    expect(readLines(createContext(raw, {}))).toBe(problem);
  });
});
