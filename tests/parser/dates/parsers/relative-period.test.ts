import { describe, expect, it } from 'vitest';
import { valuesIn } from '../read-dates';

// 2021-07-26 is a Monday in ISO week 30.
describe('fr/relative-period', () => {
  it.each<[string, string, string[], string?]>([
    ['L’ambassadeur a déclaré à ABC News la semaine dernière que les forces continueraient.', '2021-07-26', ['la semaine dernière → 2021-W29']],
    ['Une rencontre est prévue la semaine prochaine.', '2021-07-26', ['la semaine prochaine → 2021-W31']],
    ['Le gouvernement a annoncé cette semaine une taxe.', '2018-12-20', ['cette semaine → 2018-W51']],
    ['Le mois dernier, les prix ont baissé.', '2021-07-26', ['Le mois dernier → 2021-06']],
    ['L’an dernier, il avait gagné.', '2018-11-27', ['L’an dernier → 2017']],
    ['L’année prochaine sera décisive.', '2021-07-26', ['L’année prochaine → 2022']],
    ['Cette année, le chômage baisse.', '2021-07-26', ['Cette année → 2021']],
    ['Le week-end dernier, la foule était là.', '2018-11-23', ['Le week-end dernier → 2018-W46-WE']],
    ['Le bilan humain du week-end est lourd.', '2018-11-18', ['du week-end → 2018-W46-WE']],
    // The weekend in general, in a sentence about the future: no date.
    ['Les horaires du week-end seront évalués à la fin de l’été.', '2022-03-12', ['du week-end → null']],
    ['Les manifestations de ce week-end ont rassemblé du monde.', '2018-11-05', ['ce week-end → 2018-W44-WE']],
    // In a passage about January 2020, told in the past, "ce mois-ci" is January 2020.
    ['Les législateurs ont voté pour expulser les troupes ce mois-ci.', '2021-07-26', ['ce mois-ci → 2020-01'], 'Un assaut a visé l’ambassade en janvier 2020.'],
    ['La même année, il a été réélu.', '2021-07-26', ['La même année → 2015'], 'Il avait été élu en 2015.'],
    ['L’année suivante, il a démissionné.', '2021-07-26', ['L’année suivante → 2016'], 'Il avait été élu en 2015.'],
    // Without such a passage, "ce mois-ci" is the publication's month.
    ['Les ventes ont reculé ce mois-ci.', '2021-07-26', ['ce mois-ci → 2021-07']],
  ])('%s (published %s)', (sentence, publishedAt, expected, before) => {
    expect(valuesIn(sentence, publishedAt, ...(before === undefined ? [] : [before]))).toEqual(expected);
  });

  it.each([['La semaine est longue.'], ['L’année a été rude.'], ['Le mois est chaud.']])('finds no period in "%s"', (sentence) => {
    expect(valuesIn(sentence, '2021-07-26')).toEqual([]);
  });
});
