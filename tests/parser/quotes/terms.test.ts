// Words in quote marks that are not speech: scare quotes, terms, titles of works, names of weapons and products.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './attribution/quotes-of';

describe('not quotes', () => {
  it.each<[string, string]>([
    ['a scare quote', 'La situation reste «tendue» à la frontière.'],
    ['a term', 'Dans une série de “dialogues stratégiques” depuis lors, ils ont négocié des moyens de coopérer.'],
    ['a weapon', 'Le président russe a annoncé que la Russie avait tiré un missile «Orechnik» sur Dnipro.'],
    ['a product', 'Le survêtement “Nike Tech” est devenu un uniforme, a déclaré le vendeur.'],
    ['a rating named after "la note"', 'L’agence a annoncé jeudi avoir abaissé la note « Issuer default rating » du groupe.'],
    ['a title in English, with a reversed closing mark', 'Le prix du public est allé à «The road to nowhere «, porté par deux acteurs remarquables.'],
    ['a title of a work', 'Le film « Les Misérables » de Ladj Ly a été nommé aux Oscars, a indiqué le distributeur.'],
    ['a work and its author', '— 2010 : «Miel» de Semih Kaplanoglu'],
    ['an intertitle made of a quote', '« Populaire et doué »'],
    ['markup', 'Le code <a href="https://exemple.fr">lien</a> a été injecté, a déclaré le chercheur.'],
  ])('%s', (_, paragraph) => {
    expect(quotesOf([paragraph])).toEqual([]);
  });
});
