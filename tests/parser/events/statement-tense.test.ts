// Past or future statements make events; present ones, and what has not happened, do not.
import { describe, expect, it } from 'vitest';
import { announcesTheFuture, reportsThePast } from '../../../src/parser/events/statement-tense';

describe('the tense of a statement', () => {
  it.each([
    ['Les législateurs ont voté pour expulser les troupes ce mois-ci.', true],
    ['Donald Trump a ordonné la frappe aérienne.', true],
    ['Biden a également noté lundi que les doses arrivaient.', true],
    ['Le président était arrivé la veille.', true],
    ['Les députés votèrent la loi en 1905.', true],
    ['Ce jour pourrait être plus proche, mais ce n’est pas encore arrivé.', false],
    ['Il n’a jamais signé ce texte.', false],
    ['Le président a une idée.', false],
    ['Les troupes restent en Irak.', false],
  ])('%s reports the past: %s', (sentence, past) => {
    expect(reportsThePast(sentence)).toBe(past);
  });

  it.each([
    ['Les troupes partiront d’ici la fin de l’année.', true],
    ['Le président se rendra jeudi à Bagdad.', true],
    ['Les doses devraient arriver dans quelques semaines.', true],
    ['Le sommet va se tenir en mars.', true],
    ['Les troupes restent en Irak.', false],
  ])('%s announces the future: %s', (sentence, future) => {
    expect(announcesTheFuture(sentence)).toBe(future);
  });
});
