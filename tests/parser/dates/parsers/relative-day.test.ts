import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

describe('fr/relative-day', () => {
  it.each([
    ['Hier, les deux délégations se sont parlé.', ['Hier → 2021-07-25']],
    ['Avant-hier, rien ne bougeait.', ['Avant-hier → 2021-07-24']],
    ['Le texte est voté aujourd’hui.', ['aujourd’hui → 2021-07-26']],
    ['Il arrivera demain matin.', ['demain matin → 2021-07-27TMO']],
    ['Rendez-vous après-demain.', ['après-demain → 2021-07-28']],
    // A clock time is on the day the passage just told.
    ['Hier soir, à 21 h, la police est intervenue.', ['Hier soir → 2021-07-25TEV', '21 h → 2021-07-25T21:00']],
    ['L’autopsie est prévue ce jour.', ['ce jour → 2021-07-26']],
    ['Le Libé d’aujourd’hui n’est plus le même.', ['aujourd’hui → PRESENT_REF']],
    ['C’est la France que nous pouvons assurer pour demain.', ['demain → FUTURE_REF']],
  ])('%s', (sentence, expected) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual(expected);
  });

  it('is null without a publication date', () => {
    expect(valuesIn('Hier, il pleuvait.', null)).toEqual(['Hier → null']);
  });
});
