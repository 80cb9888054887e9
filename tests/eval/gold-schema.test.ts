// readGold and goldProblemsAgainstText: a malformed annotation is refused with the place of the problem.
import { describe, expect, it } from 'vitest';
import { goldBodyLines, goldProblemsAgainstText, readGold, type Gold } from '../../scripts/article-eval/gold';

const valid = {
  source: { url: 'https://www.example.fr/a', site: 'example.fr', foundVia: 'repo a/b x.html', kind: 'wire', publishedAt: '2021-07-26' },
  quotes: [{ text: 'Nous ne céderons pas', speaker: 'Jean Castel' }],
  notQuotes: ['mondiale'],
  boilerplate: ['Partager'],
  captions: ['Jean Castel à Paris. Photo AFP'],
  headings: [],
  dates: [{ text: 'lundi', value: '2021-07-26' }],
};
const article = [
  'Le titre',
  'Partager',
  'Jean Castel à Paris. Photo AFP',
  '« Nous ne céderons pas », a dit Jean Castel lundi, face à une crise « mondiale ».',
].join('\n\n');

function goldOf(data: unknown): Gold {
  const reading = readGold(JSON.stringify(data));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.gold;
}

describe('readGold', () => {
  it('reads a well-formed annotation', () => {
    expect(goldOf(valid).quotes[0]?.speaker).toBe('Jean Castel');
  });

  it.each([
    ['text that is not JSON', '{ "source": ', /^not JSON/],
    ['a quote without speaker', JSON.stringify({ ...valid, quotes: [{ text: 'a' }] }), /^quotes\[0\]\.speaker: /],
    ['an unknown source kind', JSON.stringify({ ...valid, source: { ...valid.source, kind: 'tabloid' } }), /^source\.kind: /],
    ['a misspelt key', JSON.stringify({ ...valid, caption: [] }), /caption/],
    ['an empty boilerplate line', JSON.stringify({ ...valid, boilerplate: [' '] }), /^boilerplate\[0\]: must not be empty/],
  ])('refuses %s, saying where', (_, json, problem) => {
    const reading = readGold(json);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(problem);
  });
});

describe('goldProblemsAgainstText', () => {
  it('finds nothing wrong when every entry is in the text', () => {
    expect(goldProblemsAgainstText(goldOf(valid), article)).toEqual([]);
  });

  it('names a quote the text does not hold, and a boilerplate entry that is only part of a line', () => {
    const gold = goldOf({ ...valid, quotes: [{ text: 'Nous céderons', speaker: null }], boilerplate: ['Parta'] });
    expect(goldProblemsAgainstText(gold, article)).toEqual([
      'quotes[0] is not in article.txt: "Nous céderons"',
      'boilerplate[0] is not a line of article.txt: "Parta"',
    ]);
  });

  it('refuses the title as boilerplate', () => {
    expect(goldProblemsAgainstText(goldOf({ ...valid, boilerplate: ['Le titre'] }), article)).toEqual([
      'the first line is the title: it cannot be boilerplate, a caption or a heading',
    ]);
  });
});

describe('goldBodyLines', () => {
  it('is every line after the title that is not boilerplate, caption or heading', () => {
    expect(goldBodyLines(goldOf(valid), article)).toEqual([
      '« Nous ne céderons pas », a dit Jean Castel lundi, face à une crise « mondiale ».',
    ]);
  });
});
