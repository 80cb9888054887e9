// The date evaluation corpus is well-formed: every case can be scored, and its gold says what the guidelines say.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusProblems, DATE_FAMILIES, readDateCases, TIMEX_VALUE } from '../../scripts/date-eval-corpus';

const CORPUS = join(import.meta.dirname, '..', '..', 'eval', 'dates', 'cases.json');

describe('eval/dates/cases.json', () => {
  const cases = readDateCases(CORPUS);

  it('reads with no malformed case', () => {
    expect(corpusProblems(cases)).toEqual([]);
  });

  it('holds at least 230 cases, 30 of them negatives, and cases of every family', () => {
    expect(cases.length).toBeGreaterThanOrEqual(230);
    expect(cases.filter((item) => item.family === 'negative').length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((item) => item.family))).toEqual(new Set(DATE_FAMILIES));
  });

  it('gives each case a source and a publication date', () => {
    for (const item of cases) {
      expect(item.source.site, item.id).not.toBe('');
      expect(item.source.url ?? `${item.source.repo}/${item.source.path}`, item.id).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+\/.+)/);
      expect(item.publishedAt, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('the corpus checks', () => {
  const good = {
    id: 'x-01', sentence: 'Il a parlé mardi.', expression: 'mardi', publishedAt: '2018-11-21', value: '2018-11-20',
    family: 'weekday', source: { url: 'https://example.org/a', site: 'example.org' },
  };

  it('accept TIMEX values at every precision, ranges and references', () => {
    for (const value of ['2021-07-26T14:30', '2021-07-26TEV', '2021-07-26', '2021-07', '2021-W29', '2021-W29-WE', '2021-Q3', '2021-SU', '2021', '199', '19', '2010/2015', '2011-06/2015-06', 'PAST_REF']) {
      expect(TIMEX_VALUE.test(value), value).toBe(true);
    }
    for (const value of ['26/07/2021', '2021-7-26', 'mardi', '2021-07-26T14h30', '2021-Q5', '']) expect(TIMEX_VALUE.test(value), value).toBe(false);
  });

  it('name the case and the problem', () => {
    expect(corpusProblems([good])).toEqual([]);
    expect(corpusProblems([{ ...good, expression: 'jeudi' }])).toEqual(['x-01: the expression "jeudi" is not in the sentence']);
    expect(corpusProblems([{ ...good, value: '20/11/2018' }])).toEqual(['x-01: the value "20/11/2018" is not a TIMEX value, null or "none"']);
    expect(corpusProblems([{ ...good, publishedAt: undefined }])).toEqual(['x-01: publishedAt undefined is not a YYYY-MM-DD date']);
    expect(corpusProblems([{ ...good, source: { site: 'example.org' } }])).toEqual(['x-01: the source has neither url nor repo and path']);
    expect(corpusProblems([{ ...good, value: 'none' }])).toEqual(['x-01: the value "none" belongs to the negative family']);
    expect(corpusProblems([good, good])).toEqual(['x-01: the id is used twice']);
  });
});
