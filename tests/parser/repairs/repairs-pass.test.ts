// The repairs pass: the title's repairs, and a caption printed twice in a row set aside where it was.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/parser/context';
import { readLines } from '../../../src/parser/lines/lines-pass';
import { repairBlocks } from '../../../src/parser/repairs/repairs-pass';

function repaired(raw: string) {
  const context = createContext(raw, {});
  readLines(context);
  repairBlocks(context);
  return context;
}

describe('the repairs pass', () => {
  it('keeps one copy of a caption printed twice in a row, and sets the other aside in line order', () => {
    const context = repaired('Titre\nPHOTO : une  photo (A/B)\nPHOTO : une photo (A/B)\nnone\nUn paragraphe.');
    expect(context.drafts.map((draft) => draft.text)).toEqual(['une photo', 'Un paragraphe.']);
    expect(context.setAside.map((line) => [line.line, line.reason])).toEqual([[3, 'duplicate-caption'], [4, 'scrape-noise']]);
  });

  it('keeps the same caption when a paragraph separates the copies', () => {
    const context = repaired('Titre\nPHOTO : une photo\nUn paragraphe.\nPHOTO : une photo');
    expect(context.drafts.map((draft) => draft.kind)).toEqual(['caption', 'paragraph', 'caption']);
  });

  it('files the title’s repairs under "title"', () => {
    const context = repaired('Un  titre\nUn paragraphe.');
    expect(context.title).toBe('Un titre');
    expect(context.repairs).toEqual([{ kind: 'whitespace', blockId: 'title', before: 'Un  titre', after: 'Un titre' }]);
  });
});
