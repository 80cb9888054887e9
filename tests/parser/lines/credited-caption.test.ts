// Captions the site printed without a "PHOTO :" label, told by their credit (real lines of eval/articles).
import { describe, expect, it } from 'vitest';
import { readCreditedCaption } from '../../../src/parser/lines/credited-caption';

describe('a caption told by its credit', () => {
  it.each([
    ['Philippe Aizpurua, chez lui, le long de la Durenque. ©JE', { text: 'Philippe Aizpurua, chez lui, le long de la Durenque.', credit: 'JE' }],
    ['Michel Daerden © Belga', { text: 'Michel Daerden', credit: 'Belga' }],
    ['Le conseil municipal a été annulé le jour même. © Archives Ouest-France', { text: 'Le conseil municipal a été annulé le jour même.', credit: 'Archives Ouest-France' }],
    ['Quel sera le choix de Didier Deschamps? (B. Papon/L\'Équipe)', { text: 'Quel sera le choix de Didier Deschamps?', credit: 'B. Papon/L\'Équipe' }],
    ['Le conseiller a annoncé que les Etats-Unis allaient rejoindre Covax. (ARCHIVES - ©KEYSTONE/AP/ANDREW HARNIK)', { text: 'Le conseiller a annoncé que les Etats-Unis allaient rejoindre Covax.', credit: 'ARCHIVES - ©KEYSTONE/AP/ANDREW HARNIK' }],
    ['M\'jid El Guerrab à Charleville-Mezieres le 16 mars 2007 Photo ERIC FEFERBERG. AFP', { text: 'M\'jid El Guerrab à Charleville-Mezieres le 16 mars 2007', credit: 'ERIC FEFERBERG. AFP' }],
    ['Orange parmi les valeurs a suivre a la bourse de paris[reuters.com]', { text: 'Orange parmi les valeurs a suivre a la bourse de paris', credit: 'reuters.com' }],
    ['Georges Leekens et Vincent Kompany. NEWS', { text: 'Georges Leekens et Vincent Kompany.', credit: 'NEWS' }],
    ['Des manifestants devant le Parlement (AFP)', { text: 'Des manifestants devant le Parlement', credit: 'AFP' }],
  ])('"%s"', (line, expected) => {
    expect(readCreditedCaption(line)).toEqual(expected);
  });

  it.each([
    ['© AFP'],
    ['La saison a été interrompue (2019/2020) par la pandémie.'],
    ['Le match se jouera à huis clos, a précisé la ligue (LFP).'],
    ['Le Parisien a contacté la mairie. Elle n’a pas répondu à nos questions sur le chantier.'],
    [`${'Le ministre a répété que la réforme serait menée à son terme malgré la mobilisation '.repeat(4)}(AFP)`],
  ])('"%s" is not', (line) => {
    expect(readCreditedCaption(line)).toBeNull();
  });
});
