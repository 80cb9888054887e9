// frenchSpacing by example: what a reader sees on screen. "⍽" stands for U+202F (narrow no-break space) and
// "·" for U+00A0 (no-break space) in this table, so the expectations can be read.
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/parser/french-spacing';

const visible = (text: string) => text.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '·');

const EXAMPLES: [string, string, string][] = [
  ['replaces the space before ; ! ?', 'Quoi ? Non ! Alors ; bon', 'Quoi⍽? Non⍽! Alors⍽; bon'],
  ['inserts the space when the text glued the mark', 'Quoi? Non! Alors; bon', 'Quoi⍽? Non⍽! Alors⍽; bon'],
  ['spaces a doubled mark once', 'Vraiment ?! Non !!', 'Vraiment⍽?! Non⍽!!'],
  ['replaces the spaces inside « »', 'il a dit « non » hier', 'il a dit «⍽non⍽» hier'],
  ['inserts them when absent', 'il a dit «non» hier', 'il a dit «⍽non⍽» hier'],
  ['puts a no-break space before a spaced colon', 'PHOTO : le président', 'PHOTO·: le président'],
  ['leaves a colon without a space alone', 'à 14:30, voir https://exemple.fr', 'à 14:30, voir https://exemple.fr'],
  ['leaves a question mark inside an address alone', 'voir exemple.fr/page?id=3 ici', 'voir exemple.fr/page?id=3 ici'],
  ['spaces a mark after a closing guillemet', '« Vraiment »?', '«⍽Vraiment⍽»⍽?'],
  ['handles the fragment before a quote', '… États-Unis « ', '… États-Unis «⍽'],
  ['handles the fragment after a quote', ' » en Irak.', '⍽» en Irak.'],
  ['handles a fragment that ends right on «', 'les États-Unis «', 'les États-Unis «⍽'],
  ['handles a fragment that starts right on »', '» en Irak.', '⍽» en Irak.'],
  ['keeps spaces that are already right', 'Quoi\u202F? «\u202Foui\u202F»', 'Quoi⍽? «⍽oui⍽»'],
  ['changes nothing else', '“Notre lutte”, a déclaré Biden.', '“Notre lutte”, a déclaré Biden.'],
];

describe('frenchSpacing', () => {
  it.each(EXAMPLES)('%s', (_, input, expected) => {
    expect(visible(frenchSpacing(input))).toBe(expected);
  });
});

describe('character references quoted in an article', () => {
  it('leaves "&amp;" and "&#39;" whole, and still spaces a real semicolon', () => {
    expect(frenchSpacing('Tom &amp; Jerry &lt;b&gt; &#39;x&#39;')).toBe('Tom &amp; Jerry &lt;b&gt; &#39;x&#39;');
    expect(frenchSpacing('oui; non')).toBe('oui\u202F; non');
    expect(frenchSpacing('Quoi!! Vraiment?!')).toBe('Quoi\u202F!! Vraiment\u202F?!');
  });
});
