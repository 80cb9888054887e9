import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/clock-time', () => {
  it.each([
    ['La séance a repris à 14 h 30.', ['14 h 30 → 2021-07-26T14:30']],
    ['Rendez-vous à 9 heures.', ['9 heures → 2021-07-26T09:00']],
    ['La police est arrivée vers 18 h.', ['18 h → 2021-07-26T18:00 (around)']],
    ['Le président s’exprimera à la télévision à 13 h dimanche.', ['13 h dimanche → 2021-08-01T13:00']],
    ['Lundi à 14h30, le conseil a voté.', ['Lundi à 14h30 → 2021-07-26T14:30']],
    ['Le glas a sonné durant 10 minutes à midi.', ['midi → 2021-07-26T12:00']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  it('is on the day the passage just told', () => {
    expect(valuesIn('Vers 11H15, il entre dans le Super U de Trèbes.', '2018-03-24', 'Il a entamé son équipée peu après 10H00 vendredi.')).toEqual(['11H15 → 2018-03-23T11:15 (around)']);
  });

  it.each([['La réunion a duré plus de 4 heures.'], ['Tout a changé en 24 heures.'], ['Il a marché pendant 3 heures.'], ['Ils étaient 14 hommes.']])('finds no time in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
