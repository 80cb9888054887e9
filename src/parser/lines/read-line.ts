// Decides what one line of a scrape is: article content (paragraph, caption, related headline), a line that
// carries metadata (source, contributors), or site furniture that is set aside.
import type { SetAsideReason } from '../article';
import type { TextRepair } from '../repairs/repair-text';
import { CAPTION_LABELS, RELATED_LABEL, REPUBLISHED_VERBS } from '../lexicon/fr/site-furniture';
import { alternation, HAS_WORD_CHARACTER } from '../text-patterns';
import { readByline } from './byline';
import { splitCredit } from './caption-credit';
import { wordCount } from './clutter-key';
import { clutterReason } from './clutter-line';
import { readContributors } from './contributor-line';
import { isCreditLine } from './credit-line';
import { readCreditedCaption } from './credited-caption';
import { isDatelineLine } from './dateline';
import { isEmbedCredit } from './embed-credit';
import { readerPromptReason } from './reader-prompt';
import { isEmptyField, isSiteFooter } from './site-footer';

/** "TITLE paru à l’origine sur SITE" closes republished articles: it gives the source and is not a paragraph.
 *  Only the last word matters, so the title part may differ from the real title after translation. */
const SOURCE_LINE = new RegExp(
  `(?:^|[\\s\\u00A0])(?:${alternation(REPUBLISHED_VERBS)})[\\s\\u00A0]+(?:à|a)[\\s\\u00A0]+l[’'‘\`]origine[\\s\\u00A0]+sur[\\s\\u00A0]+(\\S+?)\\.?$`,
  'iu',
);

const ORIGIN = /origine/iu;

/** "PHOTO : caption (Name/Agency)". Any case, any spacing around the colon: scrapes write "PHOTO :", "Photo:" and
 *  "PHOTOS :". */
const CAPTION_LABEL = new RegExp(`^(?:${alternation(CAPTION_LABELS)})[\\s\\u00A0]*:[\\s\\u00A0]*`, 'iu');

/** "PLUS : headline". Uppercase only: "Plus : …" can open a sentence of prose. */
const RELATED_LABEL_PATTERN = new RegExp(`^${RELATED_LABEL}[\\s\\u00A0]*:[\\s\\u00A0]*`, 'u');

export type LineReading =
  | { kind: 'paragraph'; text: string }
  | { kind: 'caption'; text: string; credit: string | null }
  | { kind: 'related'; title: string }
  | { kind: 'source'; site: string }
  | { kind: 'contributors'; names: string[] }
  | { kind: 'site-footer' }
  | { kind: 'scrape-noise' }
  /** The site's clutter, a credit, a dateline: set aside with its reason. */
  | { kind: 'set-aside'; reason: SetAsideReason }
  | { kind: 'byline'; names: string[] }
  /** Only a person's name ("Nicolas Crousse"): a byline beside the page's furniture, text otherwise. */
  | { kind: 'name-line'; names: string[] }
  /** An intertitle: only the page-level rule (heading-line.ts) reads a line so, from its neighbours. */
  | { kind: 'heading'; text: string };

/** Markup the scraper left as text ("<iframe loading=…>", "<div …>"): a line that opens with a tag is no prose. */
const MARKUP_LINE = /^<\/?[a-z][a-z0-9-]*(?:[\s>]|\/>)/iu;
/** A line of one or two letters ("i", "le") or of digits alone ("532", "1"): a scrape's stray fragment. */
const FRAGMENT_LINE = /^(?:[\p{L}]{1,2}|[\d\s.,]+)$/u;
/** "MARWANE-BEN-YAHMED_2024", "@JonasLegge": a user name or a file name alone, never a word of prose. */
const IDENTIFIER_LINE = /^(?:@[\w.]+|[\p{L}\p{N}-]*_[\p{L}\p{N}_-]*)$/u;

/** A line of the scrape as the lines pass reads it: its number, its text (a glued footer cut off), what it is. */
export interface ReadLine {
  number: number;
  text: string;
  /** How many words the line has: the page-level rules ask often. */
  words: number;
  reading: LineReading;
  repairs: TextRepair[];
}

/** Lines that are the article's text as far as the line alone tells: the page-level rules may still set them aside. */
export function isTextLine(line: ReadLine): boolean {
  return line.reading.kind === 'paragraph' || line.reading.kind === 'name-line';
}

/** Lines the page's furniture is made of (not the article's own blocks). */
export function isFurnitureLine(line: ReadLine): boolean {
  const { kind } = line.reading;
  return kind === 'set-aside' || kind === 'byline' || kind === 'site-footer' || kind === 'scrape-noise' || kind === 'source' || kind === 'contributors';
}

/** Prose is a sentence at least, ended as one: what a headline, a label or a button is not. */
const PROSE_MIN_WORDS = 8;

/** A paragraph of prose, the article's own text for sure: page-level rules stop at it. */
export function isProse(line: ReadLine | undefined): boolean {
  return (
    line?.reading.kind === 'paragraph' &&
    line.words >= PROSE_MIN_WORDS &&
    /[.!?…»”"]/u.test(line.text.trimEnd().slice(-1))
  );
}

export function readLine(text: string): LineReading {
  if (isSiteFooter(text)) return { kind: 'site-footer' };
  if (isEmptyField(text) || !HAS_WORD_CHARACTER.test(text)) return { kind: 'scrape-noise' };

  // The pattern is tried at every space of the line: the word it cannot match without is looked for first.
  const source = ORIGIN.test(text) ? SOURCE_LINE.exec(text) : null;
  if (source?.[1] !== undefined) return { kind: 'source', site: source[1] };

  const names = readContributors(text);
  if (names.length > 0) return { kind: 'contributors', names };

  const caption = CAPTION_LABEL.exec(text);
  if (caption) {
    const body = text.slice(caption[0].length);
    if (!HAS_WORD_CHARACTER.test(body)) return { kind: 'scrape-noise' };
    return { kind: 'caption', ...splitCredit(body) };
  }

  const related = RELATED_LABEL_PATTERN.exec(text);
  if (related) {
    const title = text.slice(related[0].length);
    if (!HAS_WORD_CHARACTER.test(title)) return { kind: 'scrape-noise' };
    return { kind: 'related', title };
  }

  if (MARKUP_LINE.test(text) || FRAGMENT_LINE.test(text) || IDENTIFIER_LINE.test(text)) return { kind: 'scrape-noise' };
  if (isEmbedCredit(text)) return { kind: 'set-aside', reason: 'embed-credit' };
  if (isDatelineLine(text)) return { kind: 'set-aside', reason: 'dateline' };
  const clutter = clutterReason(text) ?? readerPromptReason(text, wordCount(text));
  if (clutter) return { kind: 'set-aside', reason: clutter };
  if (isCreditLine(text)) return { kind: 'set-aside', reason: 'credit' };
  const byline = readByline(text);
  if (byline?.kind === 'byline') return byline;
  // A caption's credit is certain; a line of names only may be a caption's subject ("Georges Leekens et Vincent
  // Kompany. NEWS"), so the caption is read first.
  const credited = readCreditedCaption(text);
  if (credited) return { kind: 'caption', ...credited };
  if (byline) return byline;
  return { kind: 'paragraph', text };
}
