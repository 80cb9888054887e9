// The shared scanning helpers: they must find exactly what the lookbehind they replace would have found.
import { describe, expect, it } from 'vitest';
import { rolesIn, ROLE } from '../../src/parser/people/role-words';
import { codeTest, firstMatch, matchesAtWordStarts, matchesOf, wordOpeningScan } from '../../src/parser/text-patterns';

const found = (matches: readonly RegExpExecArray[]) => matches.map((match) => [match.index, match[0]]);

function allOf(scan: (lowered: string, from: number) => RegExpExecArray | null, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let match = scan(text, 0); match !== null; match = scan(text, match.index + match[0].length)) matches.push(match);
  return matches;
}

/** A word found only where it starts a word: what both scans below must agree on. */
const WORD_STARTS: [string, string, string, (string | number)[][]][] = [
    ['the word alone', 'art', 'un art', [[3, 'art']]],
    ['not inside a word', 'art', 'un départ, un art', [[14, 'art']]],
    ['not after an accented letter', 'te', 'été te', [[4, 'te']]],
    ['after an apostrophe', 'art', 'l’art', [[2, 'art']]],
    ['at the start of the text', 'art', 'art', [[0, 'art']]],
    ['not after a letter outside the Basic Plane', 'art', '𝐀art art', [[6, 'art']]],
    ['a later match once one inside a word is refused', 'ab', 'cab ab', [[4, 'ab']]],
];

describe('matches at word starts', () => {
  it.each(WORD_STARTS)('%s', (_case, word, text, expected) => {
    expect(found(matchesAtWordStarts(new RegExp(word, 'gu'), text))).toEqual(expected);
  });

  it('refuses the extra characters it is given ("-": vice-président is not président)', () => {
    expect(found(matchesAtWordStarts(/président/gu, 'le vice-président et le président', '-'))).toEqual([[24, 'président']]);
  });

  it.each([
    'Le président Joe Biden et la vice-présidente Kamala Harris ont reçu le Premier ministre.',
    'L’ambassadeur, le porte-parole et la Société Générale ; le secrétaire d’État américain.',
    'présidentielle, ministres, sous-ministre, ex-ministre, la ministre',
    'Le Président et la PRÉSIDENTE ; İstanbul a un maire.',
  ])('finds the roles ROLE finds, as written: %s', (text) => {
    expect(rolesIn(text).map((role) => [role.index, role.text])).toEqual(found(matchesOf(ROLE, text)));
  });
});

describe('scans tried only where a word opens like one of their words', () => {
  it.each([
    ...WORD_STARTS,
    ['a one-letter word before a hyphen', 'a', 'il a-t-il dit', [[3, 'a']]],
    ['a word whose second character is an apostrophe', 'd’après', 'd’après lui', [[0, 'd’après']]],
  ])('%s', (_case, word, text, expected) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}`, 'u');
    expect(found(allOf(wordOpeningScan(pattern, [word]), text))).toEqual(expected);
  });

  it('finds what the pattern finds even where two openings share a number, and nothing it does not', () => {
    const pattern = /(?<![\p{L}\p{M}\p{N}])(?:déclare|dit)(?![\p{L}])/u;
    const text = 'il déclare, elle dit, ils disent, le dé, la déclaration';
    expect(found(allOf(wordOpeningScan(pattern, ['déclare', 'dit']), text))).toEqual([[3, 'déclare'], [17, 'dit']]);
  });
});

describe('first match', () => {
  it('gives the first match the test takes, and leaves the shared pattern ready for the next scan', () => {
    const verbs = /\p{L}+é/gu;
    expect(firstMatch(verbs, 'il a déclaré, puis il a protesté', (match) => match[0] !== 'déclaré')?.[0]).toBe('protesté');
    expect(verbs.lastIndex).toBe(0);
    expect(firstMatch(verbs, 'il a déclaré', () => false)).toBeNull();
    expect(verbs.lastIndex).toBe(0);
  });
});

describe('a character class tested by code', () => {
  it.each([
    ['A', true],
    ['É', true],
    ['é', false],
    ['1', false],
    ['\u0130', true],
    // Half of a letter outside the Basic Multilingual Plane is no letter of its own.
    ['\uD835', false],
  ])('%s is a capital: %s', (character, expected) => {
    const isCapital = codeTest(/^\p{Lu}$/u);
    expect(isCapital(character.charCodeAt(0))).toBe(expected);
    // The answer is remembered: asked again, it is the same.
    expect(isCapital(character.charCodeAt(0))).toBe(expected);
  });
});
