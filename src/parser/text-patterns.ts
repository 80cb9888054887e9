// Building blocks for the parser's patterns: how a French word is bounded, and how a word list becomes a regex or a
// lookup set. Every pattern built from a lexicon list goes through these, so no list is ever copied into a regex.
//
// Performance rule for every pattern of the parser: no pattern may backtrack on a long line. Patterns that are run
// over whole paragraphs start with a literal or a single character class and never nest quantifiers; patterns that
// need more freedom are only ever run on a slice bounded by a *Chars threshold.

/** Letters, combining marks and digits of any script: `\b` and `\w` only know ASCII, French words have accents. */
export const WORD = String.raw`\p{L}\p{M}\p{N}`;
export const NOT_AFTER_WORD = `(?<![${WORD}])`;
export const NOT_BEFORE_WORD = `(?![${WORD}])`;
/** Any run of spaces, no-break spaces included (scrapes and translations mix them). */
export const SPACES = String.raw`[\s\u00A0]+`;

/** A cheap lookahead on the possible first characters, put before a word-start lookbehind: the engine then
 *  rejects most positions with one class test instead of a Unicode lookbehind (2-3 times faster on long text). */
export const FIRST = (characters: string) => `(?=[${characters}])`;

/**
 * Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives them, without its cost:
 * `matchAll` copies the pattern on every call, and a copy of a large pattern (the speech cues, the roles, the
 * names) costs twenty times the search itself on a sentence. The shared pattern's `lastIndex` is reset after.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    stepOverEmpty(pattern, text, match);
  }
  pattern.lastIndex = 0;
  return matches;
}

/**
 * A lowered copy of `text` at the same offsets, for scans with a case-sensitive pattern of words the lexicon writes in
 * lower case (about twice as fast as the case-blind pattern on the text); null when lowering would move offsets (a
 * letter that lowers to two, "İ"), and the case-blind pattern must read the text itself.
 */
export function loweredAtSameOffsets(text: string): string | null {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : null;
}

/** An empty match would be found again at the same place: step over one character, as matchAll does. */
function stepOverEmpty(pattern: RegExp, text: string, match: RegExpExecArray): void {
  if (match[0] === '') pattern.lastIndex = match.index + (pattern.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
}

/** The first match of a global pattern that `accept` takes, reading the text no further than it: for the rules that
 *  ask whether a sentence holds one verb of a kind, where `matchesOf` would find every match first. */
export function firstMatch(pattern: RegExp, text: string, accept: (match: RegExpExecArray) => boolean): RegExpExecArray | null {
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (accept(match)) return match;
      stepOverEmpty(pattern, text, match);
    }
    return null;
  } finally {
    pattern.lastIndex = 0;
  }
}

const WORD_CHARACTER = new RegExp(`[${WORD}]`, 'u');

/**
 * `matchesOf` for a pattern that must begin a word, written without the word-start lookbehind: the one character
 * before each match is checked here instead. A lookbehind is tried at every position of the text before the
 * pattern's words are; without it, V8 looks for the words alone (the roles scan 40% faster on a long paragraph).
 * `alsoNotAfter` lists other characters a match may not follow ("-": "vice-président" is not "président").
 */
export function matchesAtWordStarts(pattern: RegExp, text: string, alsoNotAfter = ''): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const previous = characterBefore(text, match.index);
    if (previous !== '' && (WORD_CHARACTER.test(previous) || alsoNotAfter.includes(previous))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    matches.push(match);
    stepOverEmpty(pattern, text, match);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The character (a whole code point) that ends right before `index`. */
function characterBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

/** A word list as a regex alternation: longest first (so "premier ministre" wins over "ministre"),
 *  any apostrophe accepted for ’ (scrapes mix ’ and '), any run of spaces for a space. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/’/g, "[’']")
        .replace(/ /g, SPACES),
    )
    .join('|');
}

/** Lowercase, with one apostrophe: how the lexicon's word lists are written, and how a word is looked up in them. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no straight apostrophe: they are not run through a replace (it runs for every name and role).
  return lower.includes("'") ? lower.replace(/'/g, '’') : lower;
}

export function wordSet(words: Iterable<string>): ReadonlySet<string> {
  return new Set([...words].map(normalizeWord));
}

/** Sentence marks: a quote's attribution, and an event's statement, live in one sentence. */
export const SENTENCE_END = /^[.!?…]$/u;

/** A line or phrase with no letter and no digit ("***", "—", "…") carries nothing a reader can use. */
export const HAS_WORD_CHARACTER = new RegExp(`[${WORD}]`, 'u');

/** An opening capital: the first letter of a name. */
export const CAPITAL = /^\p{Lu}/u;

/**
 * Whether a character (a UTF-16 code unit) is of a class, for the loops that read text by character codes: the
 * answer for each character is worked out once, by `pattern` (one character, anchored: /^\p{Lu}$/u), and kept.
 */
export function codeTest(pattern: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: of the class, 2: not.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let answer = known[code];
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}
/** A letter of any script, by its code (one code unit: half of a letter outside the Basic Multilingual Plane is not). */
export const isLetterCode = codeTest(/^\p{L}$/u);
/** A space of any kind, no-break ones included, by its code. */
export const isSpaceCode = codeTest(/^[\s\u00A0]$/u);
const isWordCharacter = codeTest(new RegExp(`^[${WORD}]$`, 'u'));

/** A word as a case-blind pattern reads it: lowered, and the long "ſ" as "s" (which lowering leaves as it is). For the
 *  lookups that replaced such patterns with a set of words. */
export function caseBlind(word: string): string {
  return word.toLowerCase().replaceAll('ſ', 's');
}

/** A number for a word's first three letters, or its first one or two when a character that is no letter follows
 *  (an apostrophe, a space, a hyphen: the patterns read any of them there): "a-t-il" and "a déclaré" share one.
 *  Two openings may share a number: a pattern is then tried for nothing, never missed. */
function openingKey(text: string, index: number): number {
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  if (!(second >= 0) || !isLetterCode(second)) return first;
  const third = text.charCodeAt(index + 2);
  return ((first * 0x1f + second) * 0x1f + (third >= 0 && isLetterCode(third) ? third : 0)) & 0x3fffffff;
}

/**
 * The scan of a lowered text for a pattern every match of which starts a word with one of `openingWords` (in lower
 * case, as the lexicon writes them): the pattern is tried only at the start of a word whose first letters open one
 * of them, where its own search would try its hundreds of words at the start of every word. `next(lowered, from)`
 * gives the pattern's first match that starts at `from` or after, as the global pattern would.
 */
export function wordOpeningScan(pattern: RegExp, openingWords: readonly string[]): (lowered: string, from: number) => RegExpExecArray | null {
  const sticky = new RegExp(pattern.source, 'uy');
  const openings: ReadonlySet<number> = new Set(openingWords.map((word) => openingKey(word, 0)));
  // The first characters of the words, for ASCII: most places of a text are passed over on this table alone.
  const opensInAscii = new Uint8Array(128);
  let opensOutsideAscii = false;
  for (const word of openingWords) {
    const first = word.charCodeAt(0);
    if (first < 128) opensInAscii[first] = 1;
    else opensOutsideAscii = true;
  }
  return (lowered, from) => {
    for (let index = from; index < lowered.length; index++) {
      const code = lowered.charCodeAt(index);
      if (code < 128 ? opensInAscii[code] === 0 : !opensOutsideAscii) continue;
      if (index > 0) {
        const previous = lowered.charCodeAt(index - 1);
        if (previous < 128 ? isAsciiLetterOrDigit(previous) : isWordCharacter(previous)) continue;
      }
      if (!openings.has(openingKey(lowered, index))) continue;
      sticky.lastIndex = index;
      const found = sticky.exec(lowered);
      if (found !== null) return found;
    }
    return null;
  };
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}
