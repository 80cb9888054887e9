// A person's name from a run of capitalised words: what the scrape put in front that is not part of it goes, and a
// lone word is a name only when the article or the first-name list knows it.
import { FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES } from '../lexicon/fr/first-names';
import { normalizeWord, wordSet } from '../text-patterns';

/** "BRUXELLES Jean-Claude Mas" (a dateline), "SNCF Jean-Pierre Farandou" (a role's complement): shouted words. */
const SHOUTED = /^[\p{Lu}\d'’.-]{2,}$/u;
export const FIRST_NAMES = wordSet([...FEMININE_FIRST_NAMES, ...MASCULINE_FIRST_NAMES]);

/** The name in `words`, or null: "Interrogé", "Sept" or "TÉMOIGNAGES" open sentences, they are nobody. */
export function personName(words: readonly string[], isKnownName: (word: string) => boolean, minimumWords = 1): string | null {
  let first = 0;
  while (first < words.length - 1 && SHOUTED.test(words[first] ?? '') && !SHOUTED.test(words[first + 1] ?? '')) first += 1;
  // "Sports Philippe Muyters" (le ministre des Sports Philippe Muyters): a first name inside the run starts the name.
  if (words.length - first >= 3 && !FIRST_NAMES.has(normalizeWord(words[first] ?? ''))) {
    const firstName = words.findIndex((word, index) => index > first && index < words.length - 1 && FIRST_NAMES.has(normalizeWord(word)));
    if (firstName > first) first = firstName;
  }
  const kept = first === 0 ? words : words.slice(first);
  if (kept.length === 0 || kept.length < minimumWords) return null;
  // Shouted words are a dateline or an acronym, unless the article knows them as a person's initials ("DD").
  if (kept.every((word) => SHOUTED.test(word)) && !(kept.length === 1 && isKnownName(kept[0] ?? ''))) return null;
  if (kept.length === 1 && !isKnownName(kept[0] ?? '') && !FIRST_NAMES.has(normalizeWord(kept[0] ?? ''))) return null;
  return kept.join(' ');
}

/** A name as the cast collected it, without the shouted words in front ("BRUXELLES Jean-Claude Mas"). */
export function cleanName(name: string): string {
  // One or two words, the first not shouted: nothing to clean, and no words to split (every name a quote credits).
  const space = name.indexOf(' ');
  if (name.indexOf(' ', space + 1) < 0 && !SHOUTED.test(space < 0 ? name : name.slice(0, space))) return name;
  return personName(name.split(' '), KNOWN) ?? name;
}
const KNOWN = () => true;
