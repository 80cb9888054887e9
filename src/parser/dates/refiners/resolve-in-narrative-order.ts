// Resolves every candidate of the article in reading order, carrying the date the narrative is at from one block
// to the next (HeidelTime's narratives mode): after "en janvier 2020", "quelques jours plus tard" and "ce mois-ci"
// are January 2020, while "hier" and "jeudi" still count from the publication. Captions date their photos: they
// are resolved against the publication and do not move the narrative.
import type { Day } from '../calendar-day';
import type { DateMention } from '../../article';
import type { Candidate } from '../reading';
import { sentenceEndBetween } from '../sentence';
import { type Anchor, type ResolveContext, readingPrecision, resolveReading } from '../resolve-reading';

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
  blocks.forEach((block, blockIndex) => {
    for (const candidate of block.candidates) {
      const context: ResolveContext = block.aside
        ? { publication, narrative: start, narrativeIsFresh: false, narrativeIsEarlierSentence: false, narrativeDay: publication, narrativeIsMentioned: false, tense: candidate.tense }
        : {
            publication,
            narrative: narrative.anchor,
            narrativeIsFresh: narrative.fromText && narrative.blockIndex >= blockIndex - 1,
            narrativeIsEarlierSentence: narrative.blockIndex < blockIndex || sentenceEndBetween(block.text, narrative.end, candidate.start),
            narrativeDay,
            narrativeIsMentioned: narrative.blockIndex >= 0,
            tense: candidate.tense,
          };
      const found = resolveReading(candidate.reading, context);
      let value = found?.value ?? null;
      let precision = found?.precision ?? readingPrecision(candidate.reading);
      if (found !== null && precision === 'day' && (candidate.time !== null || candidate.partOfDay !== null)) {
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
      if (block.aside) continue;
      if (found?.anchor) {
        narrative = { anchor: found.anchor, fromText: !found.fromPublication, blockIndex, end: candidate.end };
        if (found.anchor.precision === 'day') narrativeDay = found.anchor.day;
      } else if (found === null) {
        // The passage moved to a date we cannot know ("lundi" without a publication date): "la veille" is unknown too.
        narrative = { anchor: null, fromText: false, blockIndex, end: candidate.end };
        narrativeDay = null;
      }
    }
  });
  return mentions;
}
