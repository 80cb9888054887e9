// Pairing quote marks: each kind on its own, unclosed marks pairing with nothing, code and markup left alone.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/parser/quotes/find-quote-spans';

/** The quoted stretches, marks included, as a reader would point at them. */
function quoted(text: string): string[] {
  return findQuoteSpans(text).map((span) => text.slice(span.open, span.close + 1));
}

describe('quote spans', () => {
  it.each([
    ['guillemets', 'Il a dit « oui » puis « non ».', ['« oui »', '« non »']],
    ['curly quotes', 'Il a dit “oui”.', ['“oui”']],
    ['straight quotes', 'Il a dit "oui" et "non".', ['"oui"', '"non"']],
    ['a quote inside a quote is part of it', '« Il a dit “oui” hier »', ['« Il a dit “oui” hier »']],
    ['an unclosed mark pairs with nothing', '« jamais fermé, puis « oui »', ['« oui »']],
    ['an attribute value is markup', 'Le code <img onerror="alert(1)"> et « oui »', ['« oui »']],
    ['a string in code is not speech', 'Il tape alert("x") puis « oui »', ['« oui »']],
    ['backticked code', 'La commande `echo "x"` et « oui »', ['« oui »']],
    ['a straight quote the scrape lost: one mark closes a quote and opens the next', 'Ce tarif est "une mesure provisoire, "car tout doit changer", ajoute M. Roux.', ['"une mesure provisoire, "', '"car tout doit changer"']],
    ['straight quotes in order stay three pairs', 'Il a dit "oui", "non" et "peut-être".', ['"oui"', '"non"', '"peut-être"']],
    ['a stray straight quote after a closed pair stays unpaired', 'Il a dit "oui" puis 5" plus tard.', ['"oui"']],
    ['an opening guillemet typed where the closing one goes', 'Il a écrit : « J’ai confiance en nous. Restons unis « . Suite page 2', ['« J’ai confiance en nous. Restons unis «']],
    ['a second opening guillemet that opens words stays an opening', '« jamais fermé, puis « oui » et la suite', ['« oui »']],
    ['no marks', 'Rien à citer.', []],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
