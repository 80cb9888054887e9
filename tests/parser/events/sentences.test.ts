// Sentences of a paragraph, with offsets: what an event marks in the text.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/parser/events/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('sentences', () => {
  it.each([
    ['Une phrase. Une autre !', ['Une phrase.', 'Une autre !']],
    ['Il a dit « Non. » Puis il est parti.', ['Il a dit « Non. »', 'Puis il est parti.']],
    ['M. Biden a parlé. J. Doe aussi.', ['M. Biden a parlé.', 'J. Doe aussi.']],
    ['Le 49.3 a été utilisé. Fin', ['Le 49.3 a été utilisé.', 'Fin']],
    ['Il hésite… puis parle. Enfin.', ['Il hésite… puis parle.', 'Enfin.']],
    ['  Espaces autour.  ', ['Espaces autour.']],
    ['Sans point final', ['Sans point final']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
