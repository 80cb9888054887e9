// Repairs of scrape and translation artifacts: each changes only what is broken, and says what it did.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../../src/parser/repairs/repair-text';

describe('repairing a line', () => {
  it.each([
    ['a gender tag glued between words', 'les COVID-19[femininevaccins', 'les COVID-19 vaccins', ['gender-tag']],
    ['a closed gender tag between spaces', 'les COVID-19 [masculine] vaccins', 'les COVID-19 vaccins', ['gender-tag']],
    ['a stray period after a sentence mark', 'un terroriste. .', 'un terroriste.', ['doubled-punctuation']],
    ['two periods after a word', 'la fin.. Puis', 'la fin. Puis', ['doubled-punctuation']],
    ['a run of spaces', 'deux  espaces', 'deux espaces', ['whitespace']],
    ['an ellipsis stays', 'et puis... rien', 'et puis... rien', []],
    ['a spaced ellipsis stays', 'et puis . . . rien', 'et puis . . . rien', []],
    ['!! stays', 'Non !!', 'Non !!', []],
  ])('%s', (_, text, repaired, kinds) => {
    const result = repairText(text);
    expect(result.text).toBe(repaired);
    expect(result.repairs.map((repair) => repair.kind)).toEqual(kinds);
  });

  it('shows the change in context, before and after', () => {
    expect(repairText('un terroriste. .').repairs[0]).toEqual({ kind: 'doubled-punctuation', before: 'un terroriste. .', after: 'un terroriste.' });
  });
});
