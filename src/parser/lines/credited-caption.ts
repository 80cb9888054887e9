// Recognises a photo caption that the site printed without the seed's "PHOTO :" label, when its credit makes it
// certain: "… © Archives Ouest-France", "… (B. Papon/L'Équipe)", "… Photo ERIC FEFERBERG. AFP", "Michel Daerden © Belga",
// "… (ARCHIVES - ©KEYSTONE/AP/ANDREW HARNIK)", "… [reuters.com]". A paragraph never ends with a photo credit.
import { AGENCIES } from '../lexicon/fr/site-clutter';
import { alternation } from '../text-patterns';
import { splitCredit } from './caption-credit';
import { wordCount } from './clutter-key';

/** Captions are a sentence or two; a longer line ending with "(AFP)" is a wire paragraph signed by its agency. */
const CAPTION_MAX_WORDS = 45;
/** A credit names a photographer and an agency: a few words. */
const CREDIT_MAX_CHARS = 60;

const AGENCY = alternation(AGENCIES);
/** "… © Archives Ouest-France", "…. ©JE", "Michel Daerden © Belga". */
const COPYRIGHT_TAIL = /[\s\u00A0]©[\s\u00A0]*(?<credit>[^©()]{1,60})$/u;
/** "… (ARCHIVES - ©KEYSTONE/AP/ANDREW HARNIK)", "… (AFP)", "… (Photo Reuters)". */
const BRACKETED_AGENCY = new RegExp(`\\((?<credit>[^()]{0,50}(?:©|(?<![\\p{L}])(?:${AGENCY})(?![\\p{L}]))[^()]{0,50})\\)$`, 'iu');
/** "… Photo ERIC FEFERBERG. AFP", "… Photo Jean Martin / AFP". */
const PHOTO_TAIL = new RegExp(`[\\s\\u00A0]Photos?[\\s\\u00A0]+(?<credit>[^.()/]{2,40}[./][\\s\\u00A0]*(?:${AGENCY}))\\.?$`, 'iu');
/** "… [reuters.com]": the site the photo came from. */
const SITE_TAIL = /\[(?<credit>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\]$/u;
/** "Georges Leekens et Vincent Kompany. NEWS": an agency in capitals after the last sentence. */
const CAPITAL_AGENCY_TAIL = new RegExp(`\\.[\\s\\u00A0]+(?<credit>${AGENCY})$`, 'iu');

/** Every credit pattern ends the line: they are run on its end only, so a long caption costs no more than a short one. */
const TAIL_CHARS = 160;

/** The credit patterns, each behind a test of what it cannot match without (its mark, its last character, its word):
 *  a pattern anchored at the end is tried from every place of the tail, and nearly every line has no credit. */
const TAIL_CREDITS: readonly { pattern: RegExp; mayMatch: (tail: string) => boolean }[] = [
  { pattern: COPYRIGHT_TAIL, mayMatch: (tail) => tail.includes('©') },
  { pattern: BRACKETED_AGENCY, mayMatch: (tail) => tail.endsWith(')') },
  { pattern: PHOTO_TAIL, mayMatch: (tail) => PHOTO_WORD.test(tail) },
  { pattern: SITE_TAIL, mayMatch: (tail) => tail.endsWith(']') },
];
const PHOTO_WORD = /photo/iu;
/** Every agency's name ends with a letter. */
const LETTER = /^\p{L}$/u;

export function readCreditedCaption(line: string): { text: string; credit: string } | null {
  if (wordCount(line) > CAPTION_MAX_WORDS || line.length > CAPTION_MAX_WORDS * 12) return null;
  const offset = Math.max(0, line.length - TAIL_CHARS);
  const tail = line.slice(offset);
  for (const { pattern, mayMatch } of TAIL_CREDITS) {
    if (!mayMatch(tail)) continue;
    const match = pattern.exec(tail);
    const credit = match?.groups?.['credit']?.trim();
    if (!match || credit === undefined || credit === '' || credit.length > CREDIT_MAX_CHARS) continue;
    return captionBefore(line.slice(0, offset + match.index), credit);
  }
  const capitals = LETTER.test(tail.slice(-1)) ? CAPITAL_AGENCY_TAIL.exec(tail) : null;
  const agency = capitals?.groups?.['credit'];
  if (capitals && agency !== undefined && agency === agency.toUpperCase()) return captionBefore(line.slice(0, offset + capitals.index + 1), agency);
  const slashed = splitCredit(line);
  if (slashed.credit !== null && /\p{L}/u.test(slashed.credit)) return captionBefore(slashed.text, slashed.credit);
  return null;
}

/** The caption needs words of its own: "© AFP" alone is a credit line, not a caption. */
function captionBefore(text: string, credit: string): { text: string; credit: string } | null {
  const caption = text.trim();
  return wordCount(caption) >= 2 ? { text: caption, credit } : null;
}
