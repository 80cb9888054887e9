// frenchSpacing by example: what a reader sees on screen. "⍽" stands for U+202F (narrow no-break space) and
// "·" for U+00A0 (no-break space) in this table, so the expectations can be read.
import { describe, expect, it } from 'vitest';
import { frenchQuoteMarks, frenchSpacing } from '../../src/parser/french-spacing';

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
  ['keeps the groups of a number on one line', 'les 2 500 soldats et 500 000 doses', 'les 2⍽500 soldats et 500⍽000 doses'],
  ['joins a number of three groups', '1 200 000 habitants', '1⍽200⍽000 habitants'],
  ['leaves a year followed by a number alone', 'en 2021 500 soldats', 'en 2021 500 soldats'],
  ['leaves a day and a year alone', 'le 11 septembre 2001', 'le 11 septembre 2001'],
  ['sets the percent sign apart on the same line', '12 % et 7%', '12⍽% et 7⍽%'],
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

  it('leaves a reference escaped twice whole: "&amp;amp;" is shown as written', () => {
    expect(frenchSpacing('le code &amp;amp; et &amp;lt;b&amp;gt;')).toBe('le code &amp;amp; et &amp;lt;b&amp;gt;');
  });
});

describe('frenchQuoteMarks', () => {
  it('shows English quotes as « », which frenchSpacing then spaces', () => {
    expect(visible(frenchSpacing(frenchQuoteMarks('“Notre lutte”, a déclaré Biden.')))).toBe('«⍽Notre lutte⍽», a déclaré Biden.');
  });

  it('keeps “ ” inside a text that has « »: there they are the inner quotes', () => {
    expect(frenchQuoteMarks('« Il a dit “non” hier »')).toBe('« Il a dit “non” hier »');
  });

  it('swaps one character for one, so quote offsets stay right', () => {
    const text = 'Ils “ne feront pas de distinction”, a-t-il dit.';
    expect(frenchQuoteMarks(text)).toHaveLength(text.length);
  });
});

