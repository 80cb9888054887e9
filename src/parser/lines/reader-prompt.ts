// Lines in which the site speaks to its readers rather than tells the story, too long to be caught by their opening
// words: a prompt that asks a question first ("Vous doutez d’une information ? Abonnez-vous au groupe Facebook …"),
// the paper's apology for its own delivery ("… nous prions nos lecteurs de bien vouloir nous excuser …"), and the
// print edition's promotion ("Notre dossier complet pp. 2 et 3 dans Le Soir en PDF").
import type { SetAsideReason } from '../article';
import { CLUTTER_OPENINGS } from '../lexicon/fr/site-clutter';
import { clutterKey } from './clutter-key';
import type { ReadLine } from './read-line';

/** The prompt's words anywhere in a line that also speaks to the reader as "vous". */
const PROMPTS: readonly { words: string; reason: SetAsideReason }[] = (['newsletter', 'subscription'] as const).flatMap((reason) =>
  CLUTTER_OPENINGS[reason].filter((words) => /-vous|inscri|télécharg|recevez/u.test(words)).map((words) => ({ words, reason })),
);
const ADDRESSES_READER = /(?:^|[\s\u00A0?!.,;:–—-])(?:vous|vos|votre)(?=[\s\u00A0?!.,;:]|$)/u;
/** The paper addressing its readers about itself, and apologising: a notice, not the story. */
const NOTICE_READERS = /(?:nos|chers)[\s\u00A0]+(?:lecteurs|abonnés|lectrices)/iu;
const NOTICE_APOLOGY = /(?:nous[\s\u00A0]+excuser|nous[\s\u00A0]+excusons|désagréments|veuillez[\s\u00A0]+nous[\s\u00A0]+excuser)/iu;
/** Page references of a print edition ("pp. 2 et 3", "p. 12") or its digital copy ("en PDF"). */
const PRINT_EDITION = /(?:^|[\s\u00A0(])pp?\.[\s\u00A0]?#|en[\s\u00A0]+pdf(?:[\s\u00A0]|$)|version[\s\u00A0]+papier/u;
const PRINT_PROMO_MAX_WORDS = 16;
/** In the line as written, whatever its case: "vous", "Vos", "VOTRE". */
const ADDRESS_LETTERS = /vo/iu;
/** A notice is a short paragraph; a longer one is the article's prose. */
const NOTICE_MAX_CHARS = 600;

/**
 * The paper's notice to its readers, set aside after the lists of other stories are found: it reads as prose, and
 * while it is still a paragraph it keeps the intertitle after it from being taken for the end of such a list.
 */
export function markSiteNotices(lines: ReadLine[]): void {
  for (const line of lines) {
    if (line.reading.kind !== 'paragraph' || line.text.length > NOTICE_MAX_CHARS) continue;
    if (NOTICE_READERS.test(line.text) && NOTICE_APOLOGY.test(line.text)) line.reading = { kind: 'set-aside', reason: 'site-notice' };
  }
}

/** The reason a line is the site speaking to its readers, or null. */
export function readerPromptReason(text: string, words: number): SetAsideReason | null {
  // "vo" is in every form of address: a cheap test spares the key and the pattern on most lines.
  const addressed = ADDRESS_LETTERS.test(text);
  if (!addressed && words > PRINT_PROMO_MAX_WORDS) return null;
  const key = clutterKey(text);
  if (key === null) return null;
  if (addressed && key.includes('vo') && ADDRESSES_READER.test(key)) {
    const prompt = PROMPTS.find(({ words: phrase }) => key.includes(phrase));
    if (prompt) return prompt.reason;
  }
  // A promotion is a line of a few words with no sentence's end: a body sentence citing a page ends as one.
  if (words <= PRINT_PROMO_MAX_WORDS && PRINT_EDITION.test(key) && !/[.!?…»”"]$/u.test(key)) return 'teaser';
  return null;
}
