// The rule "« … » des enseignements pour …, a-t-il affirmé.": the attribution at the end of the quote's sentence.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('cue later in the sentence', () => {
  it.each<[string, string[], Credited[]]>([
    ['an inverted pronoun at the end', ['M. Fauci a salué le travail de l’OMS.', '"Il est impératif que nous apprenions" des enseignements pour la suite, a-t-il affirmé.'], [['Il est impératif que nous apprenions', 'Fauci']]],
    ['a name at the end', ['« Nous sommes prêts » à discuter dès lundi, a déclaré Sophie Binet.'], [['Nous sommes prêts', 'Sophie Binet']]],
    ['a partial quote inside the sentence', ['Le patron de la filiale est en « soins intensifs » après l’accident, a indiqué sa famille dans un communiqué.'], [['soins intensifs', 'sa famille']]],
    ['selon closing the sentence', ['Le rapport n’apporte « aucune preuve » d’ingérence, selon le Kremlin.'], [['aucune preuve', 'le Kremlin']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a product named inside the sentence', ['Le survêtement “Nike Tech” est devenu un uniforme, a déclaré le vendeur.']],
    ['a term, with "selon" naming a writing', ['Le gouvernement a présenté un plan de « sobriété énergétique » pour l’hiver, selon ce texte.']],
  ])('finds no quote in %s', (_, paragraphs) => {
    expect(quotesOf(paragraphs)).toEqual([]);
  });

  it('leaves a quote whose sentence is attributed after another quote to that one', () => {
    expect(quotesOf(['« Nous sommes prêts » et « nous attendons », a dit Sophie Binet.'])).toEqual([
      ['Nous sommes prêts', 'Sophie Binet'],
      ['nous attendons', 'Sophie Binet'],
    ]);
  });
});
