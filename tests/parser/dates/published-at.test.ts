import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parser/parse-article';

function publishedAtOf(body: string, options = {}) {
  const parsed = parseArticle(`Un titre\n\n${body}\n`, options);
  if (!parsed.ok) return parsed.problem;
  return parsed.article.publishedAt;
}

describe('the reference date (issue 7 §2)', () => {
  it.each([
    ['PARIS, 26 juillet 2021 (AFP) – Le gouvernement a annoncé jeudi une réforme.', { value: '2021-07-26', source: 'dateline' }],
    ['Bagdad, le 3 janvier 2020 — Une frappe a tué le général hier.', { value: '2020-01-03', source: 'dateline' }],
    ['Publié le 26/07/2021 à 10h05 Mis à jour le 27/07/2021\n\nLe ministre a parlé lundi.', { value: '2021-07-26', source: 'published-line' }],
    // A caption's date counts when the text's weekdays agree with it: 26 July 2021 is a Monday.
    ['Biden a parlé lundi.\n\nPHOTO : Biden à la Maison Blanche, le 26 juillet 2021. (Susan Walsh/AP)', { value: '2021-07-26', source: 'caption' }],
    // They do not agree: no date, rather than a wrong one.
    ['Biden a parlé mardi.\n\nPHOTO : Biden à la Maison Blanche, le 26 juillet 2021. (Susan Walsh/AP)', null],
    ['Le ministre a parlé hier.', null],
    // Date lines the lines pass sets aside, as sites print them (eval/articles 32, 13, 31, 01): their first full date.
    ['lundi 06 août 2012, 06:43\n\nLe ministre a parlé hier.', { value: '2012-08-06', source: 'dateline' }],
    ['AFP | 01/07/2014 - 11:11\n\nLe ministre a parlé hier.', { value: '2014-07-01', source: 'dateline' }],
    ['Mis en ligne Samedi 2 mars 2013, 17h32\n\nLe ministre a parlé hier.', { value: '2013-03-02', source: 'published-line' }],
    ['Par LIBERATION, AFP — 31 août 2017 à 13:03 (mis à jour à 14:21)\n\nLe député a été agressé jeudi soir.', { value: '2017-08-31', source: 'published-line' }],
  ])('%s', (body, expected) => {
    expect(publishedAtOf(body)).toEqual(expected);
  });

  it('takes the caller’s date first, and the edition’s as such', () => {
    expect(publishedAtOf('PARIS, 26 juillet 2021 (AFP) – Rien.', { publishedAt: '2021-08-01' })).toEqual({ value: '2021-08-01', source: 'option' });
    expect(publishedAtOf('Rien.', { publishedAt: '2021-08-01T09:30:00+02:00', publishedAtFrom: 'edition' })).toEqual({ value: '2021-08-01', source: 'edition' });
  });

  it('refuses a caller’s date that is not a day, in a sentence', () => {
    expect(publishedAtOf('Rien.', { publishedAt: '2021-02-30' })).toBe('publishedAt "2021-02-30" is not a date: write it YYYY-MM-DD');
  });
});
