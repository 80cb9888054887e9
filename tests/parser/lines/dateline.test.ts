// The page's own dates, alone on a line or glued to the first paragraph (real lines of eval/articles).
import { describe, expect, it } from 'vitest';
import { isDatelineLine, splitGluedDateline } from '../../../src/parser/lines/dateline';

describe('a dateline', () => {
  it.each([
    ['Publié le 21 avril 2023 à 17:08'],
    ['Publié le Jeudi 1 Mars 2012 à 09h10'],
    ['Publié le :'],
    ['Publié'],
    ['Mis en ligne Samedi 2 mars 2013, 17h32'],
    ['Mis en ligne le 02/03/2013'],
    ['Publié le 4 juin 2019 Lecture : 16 minutes.'],
    ['17 Mai 2011 20h13'],
    ['lundi 06 août 2012, 06:43'],
    ['(05/01/2012)'],
    ['Samedi 16 février 2013, 22h04 | mis à jour à 00:27'],
    ['mercredi 6 mars 2013 A 11h50'],
    ['AFP | 01/07/2014 - 11:11'],
    ['12/06/12 - 09h27 © Photonews.'],
    ['French.xinhuanet.com | Publié le 2019-04-19 à 01:32'],
    ['Par LIBERATION, AFP — 31 août 2017 à 13:03 (mis à jour à 14:21)'],
  ])('"%s" is a dateline', (line) => {
    expect(isDatelineLine(line)).toBe(true);
  });

  it.each([
    ['Lundi 26 juillet, le président a reçu le Premier ministre irakien.'],
    ['Le 7 avril 2008, Michaël Willemaerts avait tendu un piège.'],
    ['Publiée en 2019, l’étude a fait date.'],
    ['2 500 soldats'],
    ['Par ailleurs, le 3 mars à 14 h, la séance a repris.'],
  ])('"%s" is not', (line) => {
    expect(isDatelineLine(line)).toBe(false);
  });
});

describe('a dateline glued to a paragraph', () => {
  it.each([
    ['PARIS (Reuters) - Les valeurs à suivre vendredi à la Bourse de Paris.', 'PARIS (Reuters) -', 'Les valeurs à suivre vendredi à la Bourse de Paris.'],
    ['WASHINGTON, 18 avril (Xinhua) -- Le ministère de la Justice a publié jeudi le rapport.', 'WASHINGTON, 18 avril (Xinhua) --', 'Le ministère de la Justice a publié jeudi le rapport.'],
    ['PARIS (AFP) – Le gouvernement a présenté son plan.', 'PARIS (AFP) –', 'Le gouvernement a présenté son plan.'],
    ['SAINT-DENIS (AFP) — « Nous ne céderons pas », a dit la maire.', 'SAINT-DENIS (AFP) —', '« Nous ne céderons pas », a dit la maire.'],
  ])('"%s" is split', (line, dateline, rest) => {
    expect(splitGluedDateline(line)).toEqual({ dateline, rest });
  });

  it.each([
    ['TÉMOIGNAGES – La mort de l’étudiant de 19 ans inquiète les familles.'],
    ['BRUXELLES - Le front commun syndical a salué la mobilisation.'],
    ['Paris (AFP) - un titre écrit en phrase'],
    ['DIRECT. Coronavirus: L’Allemagne ferme restaurants'],
  ])('"%s" stays whole', (line) => {
    expect(splitGluedDateline(line)).toBeNull();
  });
});
