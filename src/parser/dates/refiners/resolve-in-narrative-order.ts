// Resolves every candidate of the article in reading order, carrying the date the narrative is at from one block
// to the next (HeidelTime's narratives mode): after "en janvier 2020", "quelques jours plus tard" and "ce mois-ci"
// are January 2020, while "hier" and "jeudi" still count from the publication. Captions date their photos: they
// are resolved against the publication and do not move the narrative.
import { type Day, addDays, timex } from '../calendar-day';
import type { DateMention } from '../../article';
import type { Candidate } from '../reading';
import { sentenceEndBetween } from '../sentence';
import { type Anchor, type ResolveContext, type Resolved, readingPrecision, resolveReading } from '../resolve-reading';

export interface CandidateBlock {
  id: string;
  text: string;
  /** Captions and other asides: dated against the publication, outside the narrative. */
  aside: boolean;
  candidates: Candidate[];
}

export function resolveInNarrativeOrder(blocks: readonly CandidateBlock[], publication: Day | null): DateMention[] {
  const mentions: DateMention[] = [];
  const start: Anchor | null = publication === null ? null : { day: publication, precision: 'day' };
  let narrative = { anchor: start, fromText: false, blockIndex: -1, end: 0 };
  let narrativeDay = publication;
  let narrativeDayBlock = -2;
  let previous: { end: number; found: Resolved | null } | null = null;
  blocks.forEach((block, blockIndex) => {
    for (const candidate of block.candidates) {
      const context: ResolveContext = block.aside
        ? { publication, narrative: start, narrativeIsFresh: false, narrativeIsEarlierSentence: false, narrativeDay: publication, narrativeIsMentioned: false, narrativeDayIsRecent: false, tense: candidate.tense }
        : {
            publication,
            narrative: narrative.anchor,
            narrativeIsFresh: narrative.fromText && narrative.blockIndex >= blockIndex - 1,
            narrativeIsEarlierSentence: narrative.blockIndex < blockIndex || sentenceEndBetween(block.text, narrative.end, candidate.start),
            narrativeDay,
            narrativeIsMentioned: narrative.blockIndex >= 0,
            narrativeDayIsRecent: narrativeDayBlock >= blockIndex - 1,
            tense: candidate.tense,
          };
      const found = appositive(candidate, block.text, previous) ?? lastNight(candidate, resolveReading(candidate.reading, context), context);
      previous = { end: candidate.end, found };
      let value = found?.value ?? null;
      let precision = found?.precision ?? readingPrecision(candidate.reading);
      if (found !== null && precision === 'day' && candidate.reading.kind !== 'range' && (candidate.time !== null || candidate.partOfDay !== null)) {
        const { time, partOfDay } = candidate;
        value = time === null ? `${value}T${partOfDay}` : `${value}T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
        precision = time === null ? 'part-of-day' : 'time';
      }
      mentions.push({
        text: block.text.slice(candidate.start, candidate.end),
        blockId: block.id,
        start: candidate.start,
        end: candidate.end,
        value,
        precision,
        mod: candidate.mod,
        rule: candidate.rule,
      });
      // Captions stand outside the narrative; "depuis vingt-cinq ans" is a span that reaches today, not a date the
      // story moves to ("le même jour" after it is not in 1980).
      if (block.aside || candidate.rule === 'fr/since-duration') continue;
      if (found?.anchor) {
        narrative = { anchor: found.anchor, fromText: !found.fromPublication, blockIndex, end: candidate.end };
        if (found.anchor.precision === 'day') [narrativeDay, narrativeDayBlock] = [found.anchor.day, blockIndex];
      } else if (found === null) {
        // The passage moved to a date we cannot know ("lundi" without a publication date): "la veille" is unknown too.
        narrative = { anchor: null, fromText: false, blockIndex, end: candidate.end };
        narrativeDay = null;
      }
    }
    previous = null;
  });
  return mentions;
}

/** "samedi, au lendemain de l’attaque": the words after the comma restate the day before it. */
function appositive(candidate: Candidate, text: string, previous: { end: number; found: Resolved | null } | null): Resolved | null {
  if (candidate.reading.kind !== 'offset' || candidate.reading.origin !== 'told-event' || previous?.found == null) return null;
  return /^,[\s\u00A0]*$/u.test(text.slice(previous.end, candidate.start)) && previous.found.precision === 'day' ? previous.found : null;
}

/** "dans la nuit", "cette nuit" told in the past, with no day before: the night that ended on the publication day,
 *  which TIMEX3 dates by its evening (the day before). */
function lastNight(candidate: Candidate, found: Resolved | null, context: ResolveContext): Resolved | null {
  const { reading } = candidate;
  const tonight = reading.kind === 'offset' && reading.amount === 0 && candidate.partOfDay === 'NI' && candidate.tense === 'past';
  if (!tonight || found?.anchor == null || context.publication === null || !found.fromPublication) return found;
  return { ...found, value: timex.day(addDays(context.publication, -1)), anchor: { day: addDays(context.publication, -1), precision: 'day' } };
}
