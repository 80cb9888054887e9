// Quotes over several paragraphs, and the marks that open and close quotes.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './attribution/quotes-of';

describe('quote marks and paragraphs', () => {
  it.each<[string, string[], Credited[]]>([
    ['a quote over two paragraphs, « at the start of each', ['Le ministre de l’Intérieur, Gérald Darmanin, a déclaré : « Nous avons entendu la colère des agriculteurs.', '« Un plan sera présenté dès lundi. »'],
      [['Nous avons entendu la colère des agriculteurs.', 'Gérald Darmanin'], ['Un plan sera présenté dès lundi.', 'Gérald Darmanin']]],
    ['a quote over three paragraphs, closed only at the end', ['Sophie Binet a déclaré : « Nous irons jusqu’au bout.', 'Je le dis sans crainte : nous gagnerons.', 'Rien ne nous arrêtera », a-t-elle conclu.'],
      [['Nous irons jusqu’au bout.', 'Sophie Binet'], ['Je le dis sans crainte : nous gagnerons.', 'Sophie Binet'], ['Rien ne nous arrêtera', 'Sophie Binet']]],
    ['a straight-quoted quote over three paragraphs', ['"Je ne peux que respecter sa décision", écrit le ministre des Sports Philippe Muyters, "et la remercier.', 'Tia a atteint le sommet.', 'Je lui souhaite le meilleur", conclut le ministre.'],
      [['Je ne peux que respecter sa décision', 'Philippe Muyters'], ['et la remercier.', 'Philippe Muyters'], ['Tia a atteint le sommet.', 'Philippe Muyters'], ['Je lui souhaite le meilleur', 'Philippe Muyters']]],
    ['straight quotes with spaces inside', ['Le porte-parole a déclaré que " les négociations se poursuivront " la semaine prochaine.'], [['les négociations se poursuivront', 'le porte-parole']]],
    ['the last paragraph opens a quote and the page cuts it off', ['La rivière a débordé deux fois cet hiver.', '« Il y a quinze jours, l’eau était déjà montée jusqu’au...'], [['Il y a quinze jours, l’eau était déjà montée jusqu’au...', null]]],
    ['an unclosed mark inside the last paragraph is not a quote', ['La rivière a débordé deux fois cet hiver, et « la digue n’a pas tenu.'], []],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
