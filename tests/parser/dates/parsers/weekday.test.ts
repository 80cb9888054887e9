import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

// 2021-07-26 is a Monday (the seed's publication).
describe('fr/weekday', () => {
  it.each([
    ['Un responsable américain a déclaré jeudi à ABC News que le changement était sémantique.', '2021-07-26', ['jeudi → 2021-07-22']],
    ['Le président se rendra jeudi à Paris.', '2021-07-26', ['jeudi → 2021-07-29']],
    ['Le ministre est attendu jeudi à Bagdad.', '2021-07-26', ['jeudi → 2021-07-29']],
    // The day of publication is "lundi" whatever the tense.
    ['Biden a également noté lundi que les États-Unis envoyaient des doses.', '2021-07-26', ['lundi → 2021-07-26']],
    ['Avec l’annonce de lundi, ce jour pourrait être plus proche.', '2021-07-26', ['lundi → 2021-07-26']],
    ['Le sommet a eu lieu mardi dernier.', '2021-07-26', ['mardi dernier → 2021-07-20']],
    ['La réunion se tiendra lundi prochain.', '2021-07-26', ['lundi prochain → 2021-08-02']],
    ['Ce jeudi, le parlement vote.', '2021-07-26', ['Ce jeudi → 2021-07-29']],
    ['Ils ont affirmé qu’ils poursuivraient le mouvement lundi, par exemple à Brioude.', '2018-11-18', ['lundi → 2018-11-19']],
    ['Un conseil d’administration se réunira lundi.', '2018-11-22', ['lundi → 2018-11-26']],
    // A passive present ("est rejugé") is no past; "blessé" alone is no tense: the nearest day.
    ['Heaulme est rejugé en appel à partir de mardi.', '2018-12-03', ['mardi → 2018-12-04 (since)']],
    ['Un motard, blessé lundi dans une collision avec une camionnette qui manoeuvrait, est décédé mardi.', '2018-11-20', ['lundi → 2018-11-19', 'mardi → 2018-11-20']],
    // Far verbs belong to other clauses: "ont fait" does not tell when "mènent samedi" is.
    ['Après une semaine de protestations, qui ont fait deux morts et des centaines de blessés, les gilets jaunes mènent samedi l’acte 2.', '2018-11-23', ['samedi → 2018-11-24']],
    ['Logement indigne Mardi après-midi, les habitants ont pu rentrer.', '2018-11-06', ['Mardi après-midi → 2018-11-06TAF']],
    // "parfait" ends like an imperfect and is none: the present "célèbre" leaves the nearest Monday.
    ['Tout n’est pas parfait en France, qui célèbre lundi sa fête nationale.', '2014-07-12', ['lundi → 2014-07-14']],
    ['Beltrame a été tué après s’être substitué à une otage dans l’attaque de vendredi.', '2018-03-29', ['vendredi → 2018-03-23']],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    expect(valuesIn(sentence, publishedAt)).toEqual(expected);
  });

  it('leaves a weekday null without a publication date', () => {
    expect(valuesIn('Il a déclaré jeudi qu’il partirait.', null)).toEqual(['jeudi → null']);
  });

  it.each([
    ['Selon un sondage publié par Le Journal du Dimanche, 62 % des Français approuvent.'],
    ['Il travaille tous les lundis.'],
    ['Les mosquées seront fermées pour la prière du vendredi.'],
  ])('finds no weekday in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
