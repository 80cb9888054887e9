// The events pass: each dated statement of the past, or announced future, becomes one event of the article's
// timeline, for an editor to confirm or correct. One event a sentence, dated by its most precise date; the title is
// the sentence's own words. Captions date photos, not events, and related headlines are other stories.
import type { ArticleBlock, ArticleEvent } from '../article';
import { contentId, type IdRegistry } from '../ids/block-id';
import { caseBlind, isSpaceCode } from '../text-patterns';
import { cueScan, nextCue } from '../quotes/speech-cues';
import type { DatePrecision } from '../article';
import type { DatedMention } from './dated-mention';
import { eventLabel, sortKey } from './event-label';
import { eventTitle } from './event-title';
import { splitSentences } from './sentences';
import { announcesTheFuture, reportsThePast } from './statement-tense';

/** Finer first: the most precise date of a sentence dates its event ("lundi après-midi" over "2021"). */
const PRECISION_ORDER: readonly DatePrecision[] = [
  'time', 'part-of-day', 'day', 'weekend', 'week', 'month', 'quarter', 'season', 'half-year', 'year', 'decade', 'century',
];

/** "a déclaré jeudi à ABC News que …", "a également noté lundi": a date this close after a speech verb dates the
 *  telling, not what is told. At most this many characters between them, with no punctuation. */
const TELLING_DATE_GAP_CHARS = 24;

/** "de", "du" or "des" opening the date's words, or right before them ("d’ici" is a date's own preposition). */
const NOUN_COMPLEMENT = /^(?:de|du|des)[\s\u00A0]/iu;

export function proposeEvents(blocks: readonly ArticleBlock[], mentions: readonly DatedMention[], ids: IdRegistry): ArticleEvent[] {
  const byBlock = new Map<string, DatedMention[]>();
  for (const mention of mentions) {
    const list = byBlock.get(mention.blockId) ?? [];
    list.push(mention);
    byBlock.set(mention.blockId, list);
  }
  const events: { event: ArticleEvent; key: string; order: number }[] = [];
  for (const block of blocks) {
    const dated = byBlock.get(block.id);
    if (block.kind !== 'paragraph' || !dated) continue;
    for (const sentence of splitSentences(block.text)) {
      const words = block.text.slice(sentence.start, sentence.end);
      const inSentence = dated.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
      const mention = mostPrecise(inSentence.filter((candidate) => datesAnEvent(candidate, block.text, sentence.start)));
      if (!mention || !(reportsThePast(words) || mention.mod === 'by' || announcesTheFuture(words))) continue;
      const label = eventLabel(mention);
      if (label === null || mention.value === null) continue;
      events.push({
        event: {
          id: ids.claim(contentId('event', words)),
          date: mention.value,
          label,
          title: eventTitle(words),
          blockId: block.id,
          start: sentence.start,
          end: sentence.end,
        },
        key: sortKey(mention),
        order: events.length,
      });
    }
  }
  // Date order; events of the same date keep the order the text tells them in.
  events.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  return events.map(({ event }) => event);
}

/** A resolved point or period of time, not a reference ("aujourd’hui", "autrefois"), not a duration's start
 *  ("depuis 2019" tells a state), not the date of the telling, not a thing's date. */
function datesAnEvent(mention: DatedMention, text: string, sentenceStart: number): boolean {
  if (mention.value === null || mention.precision === 'reference' || mention.mod === 'since') return false;
  const before = text.slice(sentenceStart, mention.start);
  return !datesTheTelling(before) && !datesAThing(mention, before);
}

/** "l’annonce de lundi", "les horaires du week-end": a date without a number after "de" qualifies a noun, often
 *  generically; the statement may be of any time. A written date ("l’attaque du 7 janvier 2015", "du 3 au 5 juin")
 *  is kept: it is the date of what the noun names. */
function datesAThing(mention: DatedMention, before: string): boolean {
  if (/\d/u.test(mention.text)) return false;
  return NOUN_COMPLEMENT.test(mention.text) || endsWithComplementWord(before);
}

/** Whether `before` ends with "de", "du" or "des" as a word, then a space, in any case (the long "ſ" as "s", as a
 *  case-blind pattern reads it): read from its end, not by a pattern tried at every space of the sentence. */
function endsWithComplementWord(before: string): boolean {
  let end = before.length;
  while (end > 0 && isSpaceCode(before.charCodeAt(end - 1))) end -= 1;
  if (end === before.length) return false;
  // "de" and "du" have two letters, "des" three.
  for (const from of [end - 2, end - 3]) {
    if (from < 0) continue;
    if ((from === 0 || isSpaceCode(before.charCodeAt(from - 1))) && COMPLEMENT_WORDS.has(caseBlind(before.slice(from, end)))) return true;
  }
  return false;
}
const COMPLEMENT_WORDS = new Set(['de', 'du', 'des']);


/** Marks after which a cue no longer dates the telling ("a déclaré, lundi" is not "a déclaré lundi"). */
const TELLING_BREAKS = ',;:«»“”"()';

function datesTheTelling(before: string): boolean {
  const gap = before.slice(-TELLING_DATE_GAP_CHARS - 40);
  // No cue holds one of the breaks, so only what follows the gap's last break can date the telling: the scan
  // starts there (on the whole gap, so that the cue's own lookbehinds see the text before it).
  let from = gap.length;
  while (from > 0 && !TELLING_BREAKS.includes(gap[from - 1] ?? '')) from -= 1;
  let last: RegExpExecArray | null = null;
  const scan = cueScan(gap);
  for (let cue = nextCue(scan, from); cue !== null; cue = nextCue(scan, cue.index + cue[0].length)) last = cue;
  if (!last || last.groups?.['selon']) return false;
  return gap.length - (last.index + last[0].length) <= TELLING_DATE_GAP_CHARS;
}

function mostPrecise(mentions: readonly DatedMention[]): DatedMention | null {
  let best: DatedMention | null = null;
  for (const mention of mentions) {
    if (!best || rank(mention) < rank(best)) best = mention;
  }
  return best;
}

function rank(mention: DatedMention): number {
  const index = PRECISION_ORDER.indexOf(mention.precision);
  return index === -1 ? PRECISION_ORDER.length : index;
}
