// Text that holds no article: parseArticle says why in a short sentence, and never throws.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/parse-article';

const PROBLEMS: [string, string, RegExp][] = [
  ['an empty string', '', /^empty text/],
  ['a byte order mark alone', '\uFEFF', /^empty text/],
  ['spaces and line breaks', ' \n\t\r\n  \r', /^blank text/],
  ['a title alone', 'Un titre\n\n\n', /^no article body: the file has a title but no paragraph$/],
  ['a title with only captions and footers', 'Titre\nPHOTO : une photo (A/B)\nPLUS : autre\nSource link\nnone', /^no article body/],
];

describe('parseArticle on text that holds no article', () => {
  it.each(PROBLEMS)('%s', (_, raw, problem) => {
    const parsed = parseArticle(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('refuses a value that is not a string instead of throwing', () => {
    const parsed = parseArticle(42 as unknown as string);
    expect(parsed).toEqual({ ok: false, problem: 'not text: the parser reads strings' });
  });
});
