// "Georges Leekens s’est montré globalement satisfait … pour avoir « bien géré l’infériorité numérique »", "la
// ministre s’est dite confiante de « trouver un accord »": saying how one feels about something is speaking, and the
// quote later in the sentence gives the words.
import type { AttributionRule } from './reference';
import { readSubject } from './sentence-subject';

/** "s’est montré (globalement) satisfait", "se dit confiante", "s’est déclarée fière". */
const ATTITUDE = /(?:^|[\s\u00A0])(?:s[’']est|se)[\s\u00A0]+(?:montrée?s?|dite?s?|déclarée?s?|montre|dit|déclare)(?:[\s\u00A0]+\p{Ll}+ment)?[\s\u00A0]+(?:satisfaite?s?|ravie?s?|heureux|heureuses?|déçue?s?|confiante?s?|optimistes?|pessimistes?|inquiète?s?|inquiets|prudente?s?|fière?s?|fiers|soulagée?s?|agacée?s?|surprise?s?|choquée?s?)(?=[\s\u00A0,.]|$)/iu;

export const attitudeBeforeQuote: AttributionRule = {
  name: 'attitude-before-quote',
  attribute({ before, isKnownName }) {
    // "s’est …" or "se …": a cheap test spares the pattern on most sentences.
    const attitude = /s[’']est|[\s\u00A0]se[\s\u00A0]/iu.test(before) ? ATTITUDE.exec(before) : null;
    if (!attitude) return null;
    const subject = readSubject(before.slice(0, attitude.index), { isKnownName });
    if (!subject || subject.kind === 'description' || subject.kind === 'unnamed') return null;
    return { reference: subject };
  },
};
