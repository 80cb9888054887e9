// Recognises a credit standing alone on its line: "© AFP", "(Belga)", "Photo Belga", "Source: belga",
// "LIBERATION avec AFP", "Tous droits réservés", "(Crédits : © Charles Platiau / Reuters)".
import { AGENCIES, CREDIT_WORDS, RIGHTS_RESERVED } from '../lexicon/fr/site-clutter';
import { wordSet } from '../text-patterns';
import { clutterKey, wordCount } from './clutter-key';

const AGENCY_SET = wordSet(AGENCIES);
const CREDIT_WORD_SET = wordSet(CREDIT_WORDS);
/** A credit names an agency or a photographer: a few words. */
const CREDIT_MAX_WORDS = 10;
/** "Tous droits de reproduction … réservés. © 2019 - Agence France-Presse." is one sentence of the site's. */
const RIGHTS_LINE_MAX_WORDS = 25;
/** The pieces of a credit line once "©", brackets and separators are set apart. */
const PIECE_SEPARATORS = /[\s\u00A0()[\]|,:;/\-–—.]+/u;
/** "Source : www.lemonde.fr", "Source: L'Avenir": a short source line names a site or a paper. */
const SOURCE_LINE = /^\(?(?:source|sources)\s?:/u;
/** "Crédits : …", "Crédit photo : …", "(Crédits : © …)". */
const CREDITS_LABEL = /^\(?(?:crédits?|crédit photo|photo|photos)\s?:/u;
/** "reuters.com | | 343 mots": the page's word count after the source. */
const WORD_COUNT_TAIL = /# mots$/u;
/** "french.xinhuanet.com" alone: the site signs the page. */
const SITE_NAME = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|fr|be|ch|ca|net|org|info|eus)$/u;

export function isCreditLine(line: string): boolean {
  const words = wordCount(line);
  if (words > RIGHTS_LINE_MAX_WORDS) return false;
  const key = clutterKey(line);
  if (key === null || key === '') return false;
  if (RIGHTS_RESERVED.some((phrase) => key.includes(phrase))) return true;
  if (words > CREDIT_MAX_WORDS) return false;
  if (key.startsWith('©') || key.startsWith('(©')) return true;
  if (SOURCE_LINE.test(key) || CREDITS_LABEL.test(key)) return true;
  if (WORD_COUNT_TAIL.test(key) || SITE_NAME.test(key)) return true;
  const pieces = key.split(PIECE_SEPARATORS).filter((piece) => piece !== '');
  const agencies = pieces.filter((piece) => AGENCY_SET.has(piece)).length;
  if (agencies === 0) return false;
  // "LIBERATION avec AFP": a newspaper "with" an agency.
  const withAt = pieces.indexOf('avec');
  if (withAt > 0 && withAt <= 2 && pieces.slice(withAt + 1).every((piece) => AGENCY_SET.has(piece))) return true;
  return pieces.every((piece) => AGENCY_SET.has(piece) || CREDIT_WORD_SET.has(piece) || piece === '©');
}
