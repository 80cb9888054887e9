import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../../src/parser/dates/refiners/read-tense';

function tenseAround(sentence: string, words: string): string | null {
  const start = sentence.indexOf(words);
  return clauseTense(sentence, start, start + words.length);
}

describe('clauseTense', () => {
  it.each([
    ['Un responsable a déclaré jeudi à ABC News que le changement ne différerait pas.', 'jeudi', 'past'],
    ['Biden a également noté lundi que les doses arriveraient.', 'lundi', 'past'],
    ['Le président se rendra jeudi à Paris.', 'jeudi', 'future'],
    ['Le ministre est attendu jeudi à Bagdad.', 'jeudi', 'future'],
    ['Le texte doit être voté mardi.', 'mardi', 'future'],
    ['Ils ont affirmé qu’ils poursuivraient le mouvement lundi.', 'lundi', 'future'],
    ['Il est parti mardi.', 'mardi', 'past'],
    ['Les élus étaient réunis vendredi.', 'vendredi', 'past'],
    // A passive present, a noun that ends like a verb, a clause after "qui": no tense.
    ['Heaulme est rejugé à partir de mardi.', 'mardi', null],
    ['Un extrait de cette représentation, le dimanche 23 décembre.', 'dimanche 23 décembre', null],
    ['Un motard blessé lundi par une camionnette qui manoeuvrait.', 'lundi', null],
    // "appel" is a noun here (a court of appeal), not a call for what is to come.
    ['Dans sa décision datant du 19 décembre, la cour d’appel de Versailles.', '19 décembre', null],
    // "M. Ghosn" does not end the sentence.
    ['En février, M. Ghosn avait dit vouloir continuer.', 'février', 'past'],
  ])('%s [%s]', (sentence, words, tense) => {
    expect(tenseAround(sentence, words)).toBe(tense);
  });
});
