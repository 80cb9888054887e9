import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/part-of-day', () => {
  it.each([
    ['Le parquet a annoncé dans la soirée une garde à vue.', ['dans la soirée → 2019-02-09TEV']],
    ['Le premier ministre a parlé en début de soirée sur France 2.', ['en début de soirée → 2019-02-09TEV']],
    ['A Paris, environ 4000 participants dans l’après-midi-, des heurts.', ['dans l’après-midi → 2019-02-09TAF']],
    ['Le matin, la direction avait assuré que tout allait bien.', ['Le matin → 2019-02-09TMO']],
    ['Des points de blocage avaient été évacués dans la matinée de lundi.', ['dans la matinée de lundi → 2019-02-04TMO']],
    ['Dans la nuit de lundi à mardi, le péage a été dégradé.', ['Dans la nuit de lundi à mardi → 2019-02-04TNI']],
    ['Ils sont restés jusqu’en fin d’après-midi.', ['en fin d’après-midi → 2019-02-09TAF']],
    ['La bataille a commencé au matin du 9 avril 1917.', ['au matin du 9 avril 1917 → 1917-04-09TMO']],
    ['Il a décidé de plaider coupable en fin d’avant-midi.', ['en fin d’avant-midi → 2019-02-09TMO']],
    // A night told in the past, with no day before it, is the one that ended this morning: dated by its evening.
    ['Deux ex-agents ont été arrêtés dans la nuit.', ['dans la nuit → 2019-02-08TNI']],
    ['Le vol a eu lieu la nuit du 19 au 20 mars 2013.', ['la nuit du 19 au 20 mars 2013 → 2013-03-19TNI']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2019-02-09')).toEqual(expected);
  });

  it.each([['Le journal que l’on vend le matin d’un dimanche.'], ['La nuit tombe vite.']])('finds no day in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2019-02-09')).toEqual([]);
  });
});
