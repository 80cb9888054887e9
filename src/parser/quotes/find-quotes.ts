// The quotes pass: finds the direct speech of an article, whole or partial, in one paragraph or over several, and
// credits each quote to the person the text makes certain said it, or to no one.
import type { Paragraph, Quote, Speaker } from '../article';
import type { ParseContext } from '../context';
import { contentId, type IdRegistry } from '../ids/block-id';
import { bodiesByAcronym } from '../people/acronyms';
import { peopleOfQuotes } from '../people/article-people';
import type { People } from '../people/cast';
import { Discourse, type Referent } from '../people/discourse';
import { cleanName, FIRST_NAMES, personName } from '../people/person-name';
import { HAS_WORD_CHARACTER, normalizeWord } from '../text-patterns';
import { attitudeBeforeQuote } from './attribution/attitude-before-quote';
import { colonBeforeQuote } from './attribution/colon-before-quote';
import { cueLaterInSentence } from './attribution/cue-later-in-sentence';
import { splitAtIncises } from './attribution/incise-inside-quote';
import { speakerPortrayedAfter } from './attribution/speaker-portrayed-after';
import { infinitiveBeforeQuote } from './attribution/infinitive-before-quote';
import { nameAfterQuote } from './attribution/name-after-quote';
import { nextSentenceAdds } from './attribution/next-sentence-adds';
import { previousQuote } from './attribution/previous-quote';
import { previousSentence } from './attribution/previous-sentence';
import { readInPublication } from './attribution/read-in-publication';
import type { AttributionRule, Cue, QuoteInSentence } from './attribution/reference';
import { resolveSpeaker, type SpeakerMemory } from './attribution/resolve-speaker';
import { shareWithinSentences } from './attribution/shared-in-sentence';
import { unattributedSpeech } from './attribution/unattributed-speech';
import { verbAfterQuote } from './attribution/verb-after-quote';
import { verbBeforeQuote } from './attribution/verb-before-quote';
import { findQuoteSpans } from './find-quote-spans';
import { cueScan, nextCue } from './speech-cues';
import { piecesOfParagraph, type OpenQuotes, type QuotePiece } from './quote-pieces';
import { sentenceAt, sentenceStarts } from './sentences';
import { isTerm } from './terms';

/**
 * The rules, in the order French news uses them most: the verb right after the quote (or "peut-on lire dans" a
 * paper, or a full name after a verb the lexicon lacks), the cue before it in its sentence, the cue at the end of
 * its sentence, a colon after the speaker; then, for a quote that is a sentence of its own, the speaker who goes on,
 * the sentence before, the sentence after that says its subject "added" more, a portrait of the speaker right after
 * the words; and last, speech without a certain speaker. A quote no rule takes is a term, a title or a name, not speech.
 */
const RULES: readonly AttributionRule[] = [
  verbAfterQuote,
  readInPublication,
  nameAfterQuote,
  verbBeforeQuote,
  infinitiveBeforeQuote,
  attitudeBeforeQuote,
  cueLaterInSentence,
  colonBeforeQuote,
  previousQuote,
  previousSentence,
  nextSentenceAdds,
  speakerPortrayedAfter,
  unattributedSpeech,
];

/** How far before the opening mark the cue is looked for: bounding it keeps each quote's cost constant however
 *  long the paragraph is (a 1 MB line of quotes stays linear). */
const BEFORE_QUOTE_CHARS = 300;
/** A quote over several paragraphs is found by looking this many paragraphs ahead for its closing mark. */
const FOLLOWING_PARAGRAPHS = 4;
/** A paragraph that is one short quote without a sentence's end mark is an intertitle or a pull quote. */
const HEADING_MAX_WORDS = 12;
/** A press review quotes a paper every paragraph or two: a body quoted this many paragraphs back keeps it going. */
const BODIES_QUOTED_PARAGRAPHS = 3;
/** A paragraph "ends with a quote" when at most its attribution follows the closing mark. */
const PARAGRAPH_TAIL_CHARS = 100;
/** The attribution after a paragraph's last quote, one sentence with its asides, is at most this long. */
const ATTRIBUTION_TAIL_MAX_CHARS = 240;
/** ", (le|la) noun" right after a name: the noun the text gives that person ("Jean-Claude Mas, fondateur de …"). */
/** "M. ", "Mme ", "Dr " right before a name. */
const TITLE_BEFORE = /(?:^|[\s\u00A0(])(?:M\.|Mme|Mlle|Dr|Me|Pr)[\s\u00A0]+$/u;
const APPOSITION = /^,[\s\u00A0]*(?:(?:le|la)[\s\u00A0]+|l[’'])?(\p{Ll}[\p{L}-]{3,})(?=[\s\u00A0,])/u;

/** Quotes are direct speech in the body: captions describe photos and related headlines are other stories. */
export function findQuotesInArticle(context: ParseContext): void {
  const paragraphs = context.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
  context.quotes = findQuotes(paragraphs, context.people, context.ids);
  context.cast = peopleOfQuotes(context.quotes, context.people);
}

export function findQuotes(paragraphs: readonly Paragraph[], people: People, ids: IdRegistry): Quote[] {
  const quotes: Quote[] = [];
  const isKnownName = (word: string) => FIRST_NAMES.has(normalizeWord(word)) || people.resolveName(word, '') !== word;
  // Where a speaker is read, a person's initials are a name too ("DD évoque « … »").
  const isKnownSpeaker = (word: string) => isKnownName(word) || people.personOfInitials(word) !== null;
  const memory: SpeakerMemory = { people, discourse: new Discourse(), appositions: new Map(), lastOrganisation: null, lastOrganisationParagraph: -Infinity, bodyOfAcronym: acronymsOf(paragraphs), previousSpeaker: null, last: null };
  const open: OpenQuotes = { openGroup: null, groups: 0 };
  const groupSpeakers = new Map<number, Speaker>();
  const grouped: { quote: Quote; group: number }[] = [];
  let previousEndedWithQuote = false;
  let previousBody: string | null = null;

  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    const spans = findQuoteSpans(text);
    const following = paragraphs.slice(p + 1, p + 1 + FOLLOWING_PARAGRAPHS).map((next) => next.text);
    let pieces = piecesOfParagraph(text, p, spans, following, open);
    addNames(text, p, pieces, paragraph.id, memory, isKnownName);
    const endedWithQuote = previousEndedWithQuote;
    const bodyBefore = previousBody;
    previousEndedWithQuote = false;
    previousBody = text;
    if (pieces.length === 0) return;
    // An intertitle between two answers of an interview does not end it.
    if (isHeading(text, pieces)) {
      previousEndedWithQuote = endedWithQuote;
      previousBody = bodyBefore;
      return;
    }

    const sentences = sentenceStarts(text, pieces);
    // The cues before the paragraph's quotes, found in one scan: each quote then looks up the last one before it.
    const cues = cuesBeforeQuotes(text, pieces, sentences);
    let lastSpeech: QuotePiece | null = null;
    pieces.forEach((item, index) => {
      const quote = quoteInSentence(item, index, text, sentences, bodyBefore, endedWithQuote, lastSpeech, pieces, cues, isKnownSpeaker);
      quote.bodiesQuoted = p - memory.lastOrganisationParagraph <= BODIES_QUOTED_PARAGRAPHS;
      for (const rule of RULES) {
        item.attribution = rule.attribute(quote);
        if (item.attribution) break;
      }
      if (item.attribution) lastSpeech = item;
    });
    pieces = splitAtIncises(pieces, text, isKnownSpeaker);
    shareWithinSentences(pieces, sentences, text);

    for (const item of pieces) {
      const reference = item.attribution?.reference;
      if (!reference && item.group === null) continue;
      const quoted = text.slice(item.start, item.end);
      if (!HAS_WORD_CHARACTER.test(quoted)) continue;
      if (item.group === null && isTerm(text, item.open, item.close, quoted, item.attribution?.cueAfter === true)) continue;
      const speaker = reference ? resolveSpeaker(reference, { blockId: paragraph.id, paragraph: p, offset: item.open }, memory) : null;
      remember(memory, speaker, p, item.open);
      const quote: Quote = { id: ids.claim(contentId('quote', quoted)), text: quoted, speaker, blockId: paragraph.id, start: item.start, end: item.end };
      quotes.push(quote);
      if (item.group !== null) {
        grouped.push({ quote, group: item.group });
        const known = groupSpeakers.get(item.group);
        if (speaker && (!known || precision(speaker) > precision(known))) groupSpeakers.set(item.group, speaker);
      }
    }
    const lastPiece = pieces.at(-1);
    previousEndedWithQuote = lastPiece !== undefined && pieces.some((item) => item.attribution !== null) &&
      (text.length - lastPiece.close <= PARAGRAPH_TAIL_CHARS || endsWithItsAttribution(text, lastPiece));
  });
  // One quote over several paragraphs has one speaker, wherever the text names them (before its first paragraph,
  // or after its last): the most precise of its pieces' speakers.
  for (const { quote, group } of grouped) quote.speaker = groupSpeakers.get(group) ?? null;
  return quotes;
}

function quoteInSentence(
  item: QuotePiece, index: number, text: string, sentences: readonly number[], previousParagraph: string | null, previousEndedWithQuote: boolean,
  lastSpeech: QuotePiece | null, pieces: readonly QuotePiece[], cues: readonly RegExpExecArray[], isKnownName: (word: string) => boolean,
): QuoteInSentence {
  const { start: sentenceStart, previous } = sentenceAt(sentences, Math.max(0, item.open));
  const { from: beforeStart, to: end } = cueWindow(item, sentences);
  // Blank the words of earlier quotes of the sentence: the subject of a verb is never inside a quote. Only the
  // quotes that reach into `before` are looked at, and `before` is built once, so a paragraph of many quotes stays
  // linear.
  let first = index;
  while (first > 0 && (pieces[first - 1]?.close ?? -1) >= beforeStart) first -= 1;
  const parts: string[] = [];
  let position = beforeStart;
  for (let earlier = first; earlier < index; earlier++) {
    const other = pieces[earlier]!;
    const from = Math.max(position, other.open);
    const to = Math.min(end, other.close + 1);
    if (to <= from) continue;
    parts.push(text.slice(position, from), ' '.repeat(to - from));
    position = to;
  }
  parts.push(text.slice(position, end));
  const before = parts.join('');
  return {
    text,
    open: item.open,
    close: item.close,
    quoted: text.slice(item.start, item.end),
    sentenceStart,
    previousSentenceStart: previous,
    before,
    beforeStart,
    cueBefore: lastCueIn(cues, text, before, beforeStart, end),
    previousParagraph,
    previousEndedWithQuote,
    quoteJustBefore: lastSpeech !== null && lastSpeech.open >= (previous ?? sentenceStart),
    firstInParagraph: index === 0,
    continued: item.group !== null,
    bodiesQuoted: false,
    isKnownName,
  };
}

/** Where a quote's cue may be, the words its rules read before it: from its sentence's start (at most
 *  BEFORE_QUOTE_CHARS back) to its opening mark. */
function cueWindow(item: QuotePiece, sentences: readonly number[]): { from: number; to: number } {
  const anchor = Math.max(0, item.open);
  const from = Math.max(sentenceAt(sentences, anchor).start, anchor - BEFORE_QUOTE_CHARS);
  return { from, to: Math.max(from, item.open) };
}

/** The cues of a paragraph that may introduce one of its quotes, in text order. Only each quote's window is
 *  scanned (the text after the last quote, and sentences without a quote, never are): on a paragraph the cue
 *  pattern, the largest of the parser, costs more than every rule. */
function cuesBeforeQuotes(text: string, pieces: readonly QuotePiece[], sentences: readonly number[]): RegExpExecArray[] {
  const cues: RegExpExecArray[] = [];
  const scan = cueScan(text);
  let scanned = 0;
  // The first cue found past a window is kept for the next one (windows overlap when quotes follow each other), and
  // where the text has no cue left the scan stops for good: each cue is matched once, as in one scan of the paragraph.
  let next: RegExpExecArray | null = null;
  let noCueFrom = Infinity;
  for (const item of pieces) {
    const { from, to } = cueWindow(item, sentences);
    if (to <= scanned || Math.max(from, scanned) >= noCueFrom) continue;
    let cue: RegExpExecArray | null = next && next.index >= from ? next : nextCue(scan, Math.max(from, scanned));
    next = null;
    scanned = to;
    for (; cue !== null; cue = nextCue(scan, cue.index + cue[0].length)) {
      if (cue.index >= to) {
        next = cue;
        break;
      }
      cues.push(cue);
      scanned = Math.max(to, cue.index + cue[0].length);
    }
    if (cue === null) noCueFrom = Math.min(noCueFrom, scanned);
  }
  return cues;
}

/** The last cue wholly inside `before` (which ends at `end` in the paragraph) and not blanked as part of a quote. */
function lastCueIn(cues: readonly RegExpExecArray[], text: string, before: string, beforeStart: number, end: number): Cue | null {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const cue = cues[middle]!;
    if (cue.index + cue[0].length <= end) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0; index--) {
    const cue = cues[index]!;
    if (cue.index < beforeStart) return null;
    const at = cue.index - beforeStart;
    // The cue as the text writes it (the scan read a lowered copy), unless an earlier quote blanked it in `before`.
    const words = text.slice(cue.index, cue.index + cue[0].length);
    if (before.startsWith(words, at)) return { index: at, words, groups: cue.groups ?? {} };
  }
  return null;
}

/** « … », a-t-elle expliqué dans les locaux de …, aux côtés de …: the paragraph ends on the quote's own
 *  attribution, however long, when no other sentence follows it. */
function endsWithItsAttribution(text: string, last: QuotePiece): boolean {
  if (!last.attribution?.cueAfter) return false;
  const tail = text.slice(last.close + 1, last.close + 1 + ATTRIBUTION_TAIL_MAX_CHARS + 1);
  return tail.length <= ATTRIBUTION_TAIL_MAX_CHARS && !/[.!?…][\s\u00A0]+\p{Lu}/u.test(tail);
}

/** A paragraph that is one short quote with no end mark: "« Populaire et doué »" heads a section, it is not said. */
function isHeading(text: string, pieces: readonly QuotePiece[]): boolean {
  const only = pieces[0];
  if (pieces.length !== 1 || !only || only.group !== null) return false;
  const quoted = text.slice(only.start, only.end);
  return !HAS_WORD_CHARACTER.test(text.slice(0, only.open)) && !HAS_WORD_CHARACTER.test(text.slice(only.close + 1)) &&
    !/[.!?…]$/u.test(quoted) && quoted.split(/[\s\u00A0]+/u).length <= HEADING_MAX_WORDS;
}

/** The names of a paragraph outside its quotes, for the pronouns and roles that follow them. */
function addNames(text: string, p: number, pieces: readonly QuotePiece[], blockId: string, memory: SpeakerMemory, isKnownName: (word: string) => boolean): void {
  let inside = 0;
  for (const run of memory.people.nameRunsOf(blockId, text)) {
    if (run.determined) continue;
    while (inside < pieces.length && (pieces[inside]?.close ?? 0) < run.start) inside += 1;
    const quote = pieces[inside];
    if (quote && quote.open < run.start && run.start < quote.close) continue;
    // "M. Fauci": after a title, a single word is a surname.
    const titled = TITLE_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start));
    const written = personName(run.words, titled ? () => true : isKnownName);
    if (!written) continue;
    const name = cleanName(memory.people.resolveName(written, blockId));
    memory.discourse.addName(p, run.start, name, text.slice(Math.max(0, run.start - 40), run.start));
    const apposition = APPOSITION.exec(text.slice(run.end, run.end + 40));
    if (apposition?.[1]) {
      memory.appositions.set(normalizeWord(apposition[1]), name);
      memory.discourse.learnGenderOfApposition(name, apposition[1]);
    }
  }
}

/** Bodies named in full, indexed by their initials the first time an acronym speaks: most articles never ask. */
function acronymsOf(paragraphs: readonly Paragraph[]): (acronym: string) => string | null {
  let bodies: ReadonlyMap<string, string> | null = null;
  return (acronym) => {
    bodies ??= bodiesByAcronym(paragraphs.map((paragraph) => paragraph.text));
    return bodies.get(acronym) ?? null;
  };
}

function remember(memory: SpeakerMemory, speaker: Speaker | null, paragraph: number, offset: number): void {
  memory.previousSpeaker = speaker;
  if (!speaker) return;
  memory.last = { speaker, paragraph };
  if (speaker.via === 'organisation') {
    memory.lastOrganisation = speaker;
    memory.lastOrganisationParagraph = paragraph;
  }
  memory.discourse.addSpeaker(paragraph, Math.max(0, offset), referentOf(speaker), speaker.asWritten);
}

/** A name the text gives beats a role or a pronoun it resolved, which beats words that name no one. */
function precision(speaker: Speaker): number {
  if (speaker.via === 'name') return 3;
  return speaker.name !== speaker.asWritten ? 2 : 1;
}

function referentOf(speaker: Speaker): Referent {
  const plural = /^(?:les|des|plusieurs|certains|certaines|quelques|deux|trois|ils|elles)(?:[\s\u00A0]|$)/iu.test(speaker.asWritten);
  return { name: speaker.name, plural, person: speaker.via !== 'organisation' };
}
