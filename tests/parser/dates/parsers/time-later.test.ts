import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/time-later', () => {
  it.each([
    // HeidelTime's narratives: from the date the passage tells, at that date's precision.
    ['Quelques jours plus tard, Trump a ordonné la frappe.', ['Un assaut a visé l’ambassade en janvier 2020.'], ['Quelques jours plus tard → 2020-01']],
    ['Deux jours plus tard, le parlement a voté.', ['Un assaut a visé l’ambassade en janvier 2020.'], ['Deux jours plus tard → 2020-01']],
    ['Deux jours plus tard, le parlement a voté.', ['La frappe a eu lieu le 3 janvier 2020.'], ['Deux jours plus tard → 2020-01-05']],
    ['Un an auparavant, il avait été élu.', ['Il a démissionné en 2016.'], ['Un an auparavant → 2015']],
    ['Les négociations ont échoué quelques semaines plus tard.', ['Les négociations avaient repris en 2018.'], ['quelques semaines plus tard → 2018']],
    // Hours count from the last day told, not from a month said in passing.
    ['Quelques heures plus tôt, le gouvernement avait gelé des avoirs.', ['Paris a accusé mardi Téhéran d’un projet d’attentat fin juin.'], ['Quelques heures plus tôt → 2018-10-02']],
  ])('%s', (sentence, before, expected) => {
    expect(valuesIn(sentence, '2018-10-02', ...before)).toEqual(expected);
  });

  it.each([
    // Counted from an event, not a date: left out.
    ['La colère gronde, plus de 24 heures après l’effondrement des immeubles.'],
    ['Moins d’une heure après l’allocution présidentielle, le péage était paralysé.'],
    ['Deux jours après la frappe, le parlement a voté.'],
  ])('finds nothing in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2018-10-02')).toEqual([]);
  });
});
