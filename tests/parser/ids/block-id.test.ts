// Ids from a block's own text: readable slug, short hash, a suffix only for true duplicates.
import { describe, expect, it } from 'vitest';
import { contentId, IdRegistry, slugify } from '../../../src/parser/ids/block-id';

describe('block ids', () => {
  it.each([
    ['L’Etat islamique !', 'l-etat-islamique'],
    ['Président Joe Biden a déclaré que les États-Unis', 'president-joe-biden-a-declare-que'],
    ['Œuvre cœur', 'oeuvre-coeur'],
    ['« — »', ''],
  ])('slugifies %s as %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each([
    ['paragraph', /^le-texte-[a-z0-9]{4}$/],
    ['caption', /^photo-le-texte-[a-z0-9]{4}$/],
    ['related', /^plus-le-texte-[a-z0-9]{4}$/],
    ['quote', /^citation-le-texte-[a-z0-9]{4}$/],
  ] as const)('gives a %s an id with its prefix', (kind, pattern) => {
    expect(contentId(kind, 'Le texte')).toMatch(pattern);
  });

  it('depends on the text alone, and numbers only true duplicates', () => {
    const ids = new IdRegistry();
    const base = contentId('paragraph', 'Le texte');
    expect([ids.claim(base), ids.claim(contentId('paragraph', 'Autre')), ids.claim(base), ids.claim(base)]).toEqual([
      base, contentId('paragraph', 'Autre'), `${base}-2`, `${base}-3`,
    ]);
    expect(contentId('paragraph', 'Le texte.')).not.toBe(base);
  });
});
