// Partial quotes of one sentence share its attribution.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('one attribution for the quotes of a sentence', () => {
  it.each<[string, string[], Credited[]]>([
    ['a partial quote before an attributed one', ['Jean-Claude Mas a parlé aux enquêteurs.', 'Ce gel est "une formule non brevetée", "car ça ne sert à rien", ajoute M. Mas.'], [['une formule non brevetée', 'Jean-Claude Mas'], ['car ça ne sert à rien', 'Jean-Claude Mas']]],
    ['a concession opening on a quote, then the speaker’s main clause', ['Si « l’expérience compte sans être décisive », Claire Morand préfère mettre en avant « la capacité à décider vite ».'], [['l’expérience compte sans être décisive', 'Claire Morand'], ['la capacité à décider vite', 'Claire Morand']]],
    ['a term inside a concession is not a quote', ['Si le « bouclier tarifaire » a coûté cher, Claire Morand affirme que « la dépense était nécessaire ».'], [['la dépense était nécessaire', 'Claire Morand']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
