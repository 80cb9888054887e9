// decodeArticleBytes: which bytes are an article's text, and where exactly the first bad byte is.
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../scripts/read-article-file';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

const REFUSED: [string, Uint8Array, string][] = [
  ['no bytes', bytes(), 'a.txt: empty file'],
  ['a NUL byte', bytes(0x61, 0x62, 0x00, 0x63), 'a.txt: binary file, not text (NUL byte at offset 2)'],
  ['a Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e), 'a.txt: not UTF-8 text (invalid byte at offset 3)'],
  ['a lone continuation byte', bytes(0x61, 0x80), 'a.txt: not UTF-8 text (invalid byte at offset 1)'],
  ['an overlong "/"', bytes(0x61, 0xc0, 0xaf), 'a.txt: not UTF-8 text (invalid byte at offset 1)'],
  ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 'a.txt: not UTF-8 text (invalid byte at offset 0)'],
  ['a code point above U+10FFFF', bytes(0x61, 0xf4, 0x90, 0x80, 0x80), 'a.txt: not UTF-8 text (invalid byte at offset 1)'],
  ['a sequence cut short', bytes(0x61, 0x62, 0xe2, 0x82), 'a.txt: not UTF-8 text (invalid byte at offset 2)'],
];

describe('decodeArticleBytes', () => {
  it.each(REFUSED)('refuses %s', (_, input, problem) => {
    expect(decodeArticleBytes(input, 'a.txt')).toEqual({ ok: false, problem });
  });

  it('decodes UTF-8 text, accents, emoji and all, and drops a byte order mark', () => {
    expect(decodeArticleBytes(utf8('\uFEFFÉtats-Unis « € » 😀\r\n'), 'a.txt')).toEqual({
      ok: true,
      text: 'États-Unis « € » 😀\r\n',
    });
  });
});
