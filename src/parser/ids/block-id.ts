// Gives paragraphs, captions, related headlines and quotes ids that survive corrections to the rest of the article.

/** Ids are `<slug>-<hash>`. The slug (the first words) keeps links readable and lets the app find a paragraph
 *  again after its text was corrected (same opening words, new hash); the hash of the full text keeps ids
 *  unique without depending on position, so that inserting or removing a paragraph changes no other id. */
const SLUG_MAX_WORDS = 6;
const SLUG_MAX_CHARS = 40;
/** 4 base-36 characters: 1.7 million values, plenty to tell apart the paragraphs of one article. */
const HASH_CHARS = 4;
/** A heading's id is the address of a part of the article: "#partie-liquidation-judiciaire-3k9z". */
const ID_PREFIX = { paragraph: '', heading: 'partie-', caption: 'photo-', related: 'plus-', quote: 'citation-', event: 'evenement-' } as const;
/** Letters that Unicode decomposition does not fold to ASCII. */
const ASCII_FOLDS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i', ŀ: 'l' };

export type IdKind = 'paragraph' | 'heading' | 'caption' | 'related' | 'quote' | 'event';

/**
 * `<slug of the first words>-<hash of the full text>`, with a prefix for everything but paragraphs:
 * "president-joe-biden-a-declare-que-3k9z", "photo-le-president-joe-biden-a-droite-0ab1", "plus-…", "citation-…".
 *
 * The id depends only on the text, never on position, so a link a reader shared keeps working after a paragraph
 * is added or removed elsewhere. When a paragraph's own text is corrected, its hash changes but its slug usually
 * does not: the app can still find it by the slug prefix ("president-joe-biden-a-declare-que-").
 */
export function contentId(kind: IdKind, text: string): string {
  const prefix = ID_PREFIX[kind];
  const slug = slugify(text);
  return `${prefix}${slug === '' ? '' : `${slug}-`}${hashText(text)}`;
}

/** Hands out ids in document order. Only a second block with exactly the same text gets "-2" (then "-3"…), so the
 *  suffix, the one thing that depends on order, only ever appears on true duplicates. */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly repeats = new Map<string, number>();

  claim(base: string): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let count = this.repeats.get(base) ?? 1;
    let id: string;
    do {
      count += 1;
      id = `${base}-${count}`;
    } while (this.used.has(id));
    this.repeats.set(base, count);
    this.used.add(id);
    return id;
  }
}

/** What each ASCII character is in a slug: a lowercase letter or digit, or a space between words. */
const ASCII_SLUG_LETTERS: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  return /^[a-z0-9]$/.test(lower) ? lower : ' ';
});

/** The first words in lowercase ASCII, hyphenated: "L’Etat islamique !" → "l-etat-islamique". Read one character
 *  at a time and stopped as soon as the slug is full: every block and quote gets one, most from their first
 *  fifty characters, so no copy of the text is lowered, folded or split. */
export function slugify(text: string): string {
  const words: string[] = [];
  let length = 0;
  let word = '';
  const end = Math.min(text.length, SLUG_MAX_CHARS * 8);
  for (let index = 0; index <= end; index++) {
    let letters: string;
    if (index === end) letters = ' ';
    else {
      const code = text.charCodeAt(index);
      if (code < 128) letters = ASCII_SLUG_LETTERS[code] ?? ' ';
      else {
        const character = String.fromCodePoint(text.codePointAt(index) ?? code);
        index += character.length - 1;
        letters = foldedLetters(character);
      }
    }
    for (let at = 0; at < letters.length; at++) {
      const letter = letters[at] ?? ' ';
      if (letter !== ' ') {
        word += letter;
        continue;
      }
      if (word === '') continue;
      const added = (words.length === 0 ? 0 : 1) + word.length;
      if (length + added > SLUG_MAX_CHARS) {
        if (words.length === 0) words.push(word.slice(0, SLUG_MAX_CHARS));
        return words.join('-');
      }
      words.push(word);
      if (words.length === SLUG_MAX_WORDS) return words.join('-');
      length += added;
      word = '';
    }
  }
  return words.join('-');
}

/** FNV-1a (32 bits) over the UTF-16 code units, as base-36 digits: fast, stable across runs and platforms. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  const modulus = 36 ** HASH_CHARS;
  return ((hash >>> 0) % modulus).toString(36).padStart(HASH_CHARS, '0');
}

/** French letters folded without Unicode decomposition, the common case of every slug. */
const FRENCH_FOLDS: Readonly<Record<string, string>> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', í: 'i', ì: 'i',
  ô: 'o', ö: 'o', ó: 'o', ò: 'o', õ: 'o', ù: 'u', û: 'u', ü: 'u', ú: 'u', ÿ: 'y', ý: 'y', ñ: 'n',
};

/** Letters of other scripts and marks, folded once each: an article uses few of them, many times. */
const FOLDED_LETTERS = new Map<string, string>();
const FOLDED_LETTERS_MAX = 4096;

/** A character outside ASCII as slug letters: "É" → "e", "œ" → "oe", "’" → " " (it parts words). */
function foldedLetters(character: string): string {
  const known = FOLDED_LETTERS.get(character);
  if (known !== undefined) return known;
  let folded = '';
  for (const letter of character.toLowerCase()) {
    folded += letter.charCodeAt(0) < 128 ? letter : (FRENCH_FOLDS[letter] ?? foldByDecomposition(letter));
  }
  // Only lowercase letters and digits are kept: whatever else decomposition gave ("℡" → "TEL") parts words.
  folded = folded.replace(/[^a-z0-9]/g, ' ');
  if (FOLDED_LETTERS.size >= FOLDED_LETTERS_MAX) FOLDED_LETTERS.clear();
  FOLDED_LETTERS.set(character, folded);
  return folded;
}

/** Any other letter: its decomposition without marks ("ǅ" → "dz", "ﬁ" → "fi"), or a fold decomposition lacks. */
function foldByDecomposition(letter: string): string {
  return letter
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x00-\x7f]/g, (rest) => ASCII_FOLDS[rest] ?? ' ');
}
