// Tells English words from French ones, for the lines and quotes an article keeps in English: an author's bio from a
// shared template, a film's English title in quote marks.

/** English words that French prose never uses. */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'in', 'to', 'is', 'i', 'have', 'been', 'for', 'with', 'am', 'was', 'my', 'this', 'that', 'at', 'by', 'from', 'it', 'be', 'he', 'she', 'his', 'her', 'has', 'who', 'writes', 'about']);
/** French words that English never uses: one of them and the text is not English. */
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'dans', 'pour', 'que', 'qui', 'il', 'elle', 'sur', 'au', 'aux', 'à', 'pas', 'ne']);

const WORD_OF_LETTERS = /\p{L}+/gu;

/** Whether at least `share` of the words of `text` are English function words, and none is French. */
export function isEnglish(text: string, share: number): boolean {
  const lowered = text.toLowerCase();
  let words = 0;
  let english = 0;
  // Word by word: a French line is given up at its first French word, most often its first or second.
  WORD_OF_LETTERS.lastIndex = 0;
  for (let found = WORD_OF_LETTERS.exec(lowered); found !== null; found = WORD_OF_LETTERS.exec(lowered)) {
    const word = found[0];
    if (FRENCH_WORDS.has(word)) return false;
    words += 1;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return words > 0 && english >= share * words;
}
