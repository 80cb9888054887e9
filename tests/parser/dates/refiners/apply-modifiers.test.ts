import { describe, expect, it } from 'vitest';
import { readDates } from '../read-dates';

describe('applyModifiers', () => {
  it.each([
    ['Les travaux commenceront début mars.', 'début mars', '2022-03', 'start'],
    ['Ils reviendront mi-mars.', 'mi-mars', '2022-03', 'mid'],
    ['La croissance reprendra fin 2021.', 'fin 2021', '2021', 'end'],
    ['Un accord est attendu d’ici 2025.', '2025', '2025', 'by'],
    ['Un accord est attendu d’ici fin 2021.', 'fin 2021', '2021', 'by'],
    ['Il est au pouvoir depuis 2019.', '2019', '2019', 'since'],
    ['Il manifeste depuis lundi.', 'lundi', '2021-07-26', 'since'],
    ['La taxe s’appliquera à partir de septembre 2022.', 'septembre 2022', '2022-09', 'since'],
    ['La maison a été construite vers 2010.', '2010', '2010', 'around'],
    ['Le chantier ouvrira dès mars 2022.', 'mars 2022', '2022-03', 'since'],
    ['DÈS 2019, le marché a changé.', '2019', '2019', 'since'],
    ['La villa a été bâtie aux alentours de 1900.', '1900', '1900', 'around'],
    ['Le prix tourne autour de 2020, dit-on.', '2020', '2020', 'around'],
    ['Les soldes arriveront milieu de juillet 2022.', 'milieu de juillet 2022', '2022-07', 'mid'],
    ['Les soldes arriveront Début juillet 2022.', 'Début juillet 2022', '2022-07', 'start'],
  ])('%s', (sentence, text, value, mod) => {
    expect(readDates(sentence, '2021-07-26')).toMatchObject([{ text, value, mod }]);
  });

  it('leaves a bare date unmodified', () => {
    expect(readDates('Il a été élu en 2019.', '2021-07-26')).toMatchObject([{ text: '2019', mod: null }]);
  });
});
