// French typography for display: the thin spaces that belong before ; ! ? % and inside « » and long numbers, the
// no-break space before :. frenchSpacing only ever changes, adds or removes spaces: every word and mark stays as
// written; frenchQuoteMarks, the one that changes marks, is separate and only swaps “ ” for « ».

/** U+202F narrow no-break space: before ; ! ? and inside « », so "?" never starts a line. */
const NARROW = '\u202F';
/** U+00A0 no-break space: before ":" (French uses a full-width space there). */
const NO_BREAK = '\u00A0';
/** Spaces the text may already have in those places, replaced by the right one. */
const ORDINARY_SPACE = /^[ \u00A0]$/u;
/** After these, a missing space before ; ! ? is inserted: a word, a number, a closing mark. After anything else
 *  ("!!", "?!", "x.com/?q=1", a line start) the mark is left alone, and so after a straight quote, which may as
 *  well be opening ("\"?!\"") as closing. */
const ENDS_A_WORD = /^[\p{L}\p{N}»”’')\]]$/u;
/** And only when the mark ends something: "Quoi?" and "Quoi?»" get a space, "page?id=3" does not. */
const ENDS_A_PHRASE = /^(?:$|[\s\u00A0\u202F!?;:.,…»”"')\]])/u;
/** "&amp;" and "&#39;" quoted in an article are character references, not a word and a semicolon: no space there. */
const CHARACTER_REFERENCE = /&(?:#?[A-Za-z0-9]{1,31};)*#?[A-Za-z0-9]{1,31}$/;
/** How far back a character reference may start: "&amp;amp;amp;" (escaped three times) still reads as one. */
const REFERENCE_LOOKBEHIND = 100;
/** "2 500", "500 000": the groups of a number stay on one line (a group is 3 digits after 1 to 3, never a year's 4). */
const DIGIT_GROUPS = /(?<![\d.,])(\d{1,3})((?:[ \u00A0\u202F]\d{3})+)(?!\d)/g;
/** "50 %" and "50%" both become "50⍽%": French sets the sign apart, on the same line as its number. */
const PERCENT = /(\d)[ \u00A0\u202F]?%/g;

/**
 * "Il a dit « non » ; pourquoi ?" → "Il a dit «\u202Fnon\u202F»\u202F; pourquoi\u202F?".
 * Works on fragments of a paragraph too (the UI splits a paragraph around quotes): a fragment that ends with "«"
 * or starts with "»" gets its space at that edge, as the whole paragraph would; "14:30" and "https://" keep their
 * colon untouched, since a no-break space only ever replaces an existing space before ":".
 */
export function frenchSpacing(text: string): string {
  const spaced = numberSpacing(text);
  // Built from slices between the marks that take a space: a paragraph is copied a few times, not letter by letter.
  let output = '';
  let copiedUpTo = 0;
  for (let index = 0; index < spaced.length; index++) {
    const code = spaced.charCodeAt(index);
    if (!SPACED_MARKS.has(code)) continue;
    output += spaced.slice(copiedUpTo, index);
    copiedUpTo = index + 1;
    const char = spaced[index]!;
    const previous = lastCharacter(output);
    const next = spaced[index + 1];
    switch (char) {
      case ';':
      case '!':
      case '?':
        if (char === ';' && CHARACTER_REFERENCE.test(output.slice(-REFERENCE_LOOKBEHIND))) {
          // leave "&amp;" as it is
        } else if (ORDINARY_SPACE.test(previous)) output = output.slice(0, -1) + NARROW;
        else if (ENDS_A_WORD.test(previous) && ENDS_A_PHRASE.test(next ?? '')) output += NARROW;
        output += char;
        break;
      case ':':
        output = (previous === ' ' ? output.slice(0, -1) + NO_BREAK : output) + char;
        break;
      case '»':
        if (ORDINARY_SPACE.test(previous)) output = output.slice(0, -1) + NARROW;
        else if (previous !== NARROW) output += NARROW;
        output += char;
        break;
      case '«':
        output += char;
        if (next !== undefined && ORDINARY_SPACE.test(next)) {
          output += NARROW;
          index += 1;
          copiedUpTo = index + 1;
        } else if (next !== NARROW) output += NARROW;
        break;
    }
  }
  return output + spaced.slice(copiedUpTo);
}

/** ; ! ? : « », by character code: the only characters frenchSpacing puts a space before or after. */
const SPACED_MARKS = new Set([';', '!', '?', ':', '«', '»'].map((mark) => mark.charCodeAt(0)));

/** The last character of `text`, whole when it is a surrogate pair (a letter outside the first plane is a letter). */
function lastCharacter(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

function numberSpacing(text: string): string {
  return text
    .replace(DIGIT_GROUPS, (_match, head: string, groups: string) => head + groups.replace(/[ \u00A0]/g, NARROW))
    .replace(PERCENT, `$1${NARROW}%`);
}

/**
 * English curly quotes as French readers expect them, for display: "“Non”, dit-il" → "«Non», dit-il" (frenchSpacing
 * then adds the thin spaces). One character for one, so the offsets of quotes in the text stay right. A text that
 * already has « » keeps its “ ”: there they are the inner quotes French uses inside « ».
 */
export function frenchQuoteMarks(text: string): string {
  if (text.includes('«')) return text;
  return text.replace(/“/g, '«').replace(/”/g, '»');
}
