// An event's date in French at its precision, its HTML datetime, and its place in date order.
import { describe, expect, it } from 'vitest';
import type { DateModifier, DatePrecision } from '../../../src/parser/article';
import { eventLabel, htmlDatetime, sortKey } from '../../../src/parser/events/event-label';

describe('event labels', () => {
  it.each<[string, DatePrecision, DateModifier | null, string | null]>([
    ['2020-01', 'month', null, 'janvier 2020'],
    ['2021-07-22', 'day', null, 'jeudi 22 juillet 2021'],
    ['2020-03-01', 'day', null, 'dimanche 1er mars 2020'],
    ['2021-W29', 'week', null, 'semaine du 19 juillet 2021'],
    ['2021-W29-WE', 'weekend', null, 'week-end du 24 juillet 2021'],
    ['2021', 'year', 'by', 'd’ici fin 2021'],
    ['2021-12', 'month', 'by', 'd’ici fin décembre 2021'],
    ['2021-07-30', 'day', 'by', 'd’ici le vendredi 30 juillet 2021'],
    ['2021-03', 'month', 'start', 'début mars 2021'],
    ['2021-03', 'month', 'mid', 'mi-mars 2021'],
    ['2021-03', 'month', 'end', 'fin mars 2021'],
    ['2010', 'year', 'around', 'vers 2010'],
    ['2021-07-26TAF', 'part-of-day', null, 'lundi 26 juillet 2021, après-midi'],
    ['2021-07-26T14:30', 'time', null, 'lundi 26 juillet 2021 à 14 h 30'],
    ['2021-Q3', 'quarter', null, 'troisième trimestre 2021'],
    ['2021-H1', 'half-year', null, 'premier semestre 2021'],
    ['2021-SU', 'season', null, 'été 2021'],
    ['199', 'decade', null, 'années 1990'],
    ['19', 'century', null, 'XXe siècle'],
    ['2021-06-03/2021-06-05', 'day', null, 'du 3 au 5 juin 2021'],
    ['2024-06-28/2024-07-13', 'day', null, 'du 28 juin au 13 juillet 2024'],
    ['PAST_REF', 'reference', null, null],
  ])('%s (%s, %s) reads "%s"', (value, precision, mod, label) => {
    expect(eventLabel({ value, precision, mod })).toBe(label);
  });

  it('has no label for an unknown value', () => {
    expect(eventLabel({ value: null, precision: 'day', mod: null })).toBeNull();
  });
});

describe('HTML datetime values', () => {
  it.each([
    ['2021-07-26', '2021-07-26'],
    ['2020-01', '2020-01'],
    ['2021', '2021'],
    ['2021-W29', '2021-W29'],
    ['2021-07-26T14:30', '2021-07-26T14:30'],
    ['2021-07-26TAF', '2021-07-26'],
    ['2021-Q3', '2021'],
    ['2021-W29-WE', '2021-W29'],
    ['2021-06-03/2021-06-05', '2021-06-03'],
    ['199', '1990'],
  ])('%s → %s', (value, datetime) => {
    expect(htmlDatetime(value)).toBe(datetime);
  });
});

describe('date order', () => {
  it('puts "d’ici fin 2021" after a day of 2021, "début 2021" and "2021" before it', () => {
    const dates = [
      { value: '2021', mod: 'by' as const },
      { value: '2021-07-26', mod: null },
      { value: '2021', mod: 'start' as const },
      { value: '2020-01', mod: null },
    ];
    expect([...dates].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((date) => `${date.value} ${date.mod}`)).toEqual([
      '2020-01 null', '2021 start', '2021-07-26 null', '2021 by',
    ]);
  });

  it.each([
    [{ value: '2021-03', mod: 'mid' as const }, '2021-03-16'],
    [{ value: '2021-W29', mod: null }, '2021-07-19'],
    [{ value: '2021-W29-WE', mod: null }, '2021-07-24'],
    [{ value: '2021-WI', mod: 'end' as const }, '2022-02-28'],
    [{ value: '2024-06-28/2024-07-13', mod: null }, '2024-06-28'],
  ])('puts %o at %s', (date, key) => {
    expect(sortKey(date)).toBe(key);
  });
});
