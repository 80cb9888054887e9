// "lundi soir", "hier matin", "la veille au soir", "le 3 juin à 14 h 30", "au soir du 28 septembre 1986",
// "à 13 h dimanche": a day and the part of it or the clock time around it, read as one mention (TIMEX3
// 2021-07-26TEV, 2021-06-03T14:30).
import { PARTS_OF_DAY } from '../../lexicon/fr/calendar';
import { PART_OF_DAY, SP, lower } from '../patterns';
import type { BlockRefiner, Candidate } from '../reading';

const PART_AFTER = new RegExp(`^(?:${SP}(?:au|en|dans${SP}la))?${SP}(?<part>${PART_OF_DAY})(?![\\p{L}\\p{N}-])`, 'iu');
const TIME_JOINT = new RegExp(`^,?${SP}(?:à|vers|dès)${SP}$`, 'iu');
const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?:au|le|la|dans${SP}la)${SP}(?<part>${PART_OF_DAY})${SP}(?:du|de)${SP}(?:l[ae]${SP})?)$`, 'iu');
/** "la nuit " before a range that reads its own "du" ("du 19 au 20 mars"). */
const PART_BEFORE_RANGE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?:la|dans${SP}la)${SP}(?<part>${PART_OF_DAY})${SP})$`, 'iu');
const SPACE_ONLY = new RegExp(`^${SP}$`, 'u');

/** Readings that can be a single day, and so carry a part of the day or a clock time. */
function isDayLike(candidate: Candidate): boolean {
  const { reading } = candidate;
  if (candidate.partOfDay !== null || candidate.time !== null) return false;
  return reading.kind === 'date' || reading.kind === 'weekday' || (reading.kind === 'offset' && reading.unit === 'day' && reading.amount !== null) ||
    (reading.kind === 'range' && reading.from.kind === 'date');
}

export const attachTimeOfDay: BlockRefiner = (candidates, text) => {
  const attached: Candidate[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const current = candidates[index];
    if (current === undefined) continue;
    const following = candidates[index + 1];
    // "à 13 h dimanche": the time first, then its day.
    if (current.rule === 'fr/clock-time' && following !== undefined && isDayLike(following) && SPACE_ONLY.test(text.slice(current.end, following.start))) {
      attached.push({ ...following, start: current.start, time: current.time, mod: current.mod });
      index += 1;
      continue;
    }
    if (!isDayLike(current)) {
      attached.push(current);
      continue;
    }
    const next = candidates[index + 1];
    const lookBack = text.slice(Math.max(0, current.start - 32), current.start);
    const before = /^du[\s\u00A0]/iu.test(text.slice(current.start)) ? PART_BEFORE_RANGE.exec(lookBack) : PART_BEFORE.exec(lookBack);
    const codeBefore = before === null ? undefined : PARTS_OF_DAY.get(lower(before.groups?.part));
    if (before !== null && codeBefore !== undefined) {
      // "la nuit du 19 au 20 mars": one night, dated by its evening.
      const reading = current.reading.kind === 'range' && codeBefore === 'NI' ? current.reading.from : current.reading;
      attached.push({ ...current, reading, start: current.start - (before.groups?.words ?? '').length, partOfDay: codeBefore });
      continue;
    }
    if (next !== undefined && next.time !== null && next.rule === 'fr/clock-time' && TIME_JOINT.test(text.slice(current.end, next.start))) {
      attached.push({ ...current, end: next.end, time: next.time, mod: next.mod });
      index += 1;
      continue;
    }
    const part = PART_AFTER.exec(text.slice(current.end, current.end + 24));
    const code = part === null ? undefined : PARTS_OF_DAY.get(lower(part.groups?.part));
    attached.push(part === null || code === undefined ? current : { ...current, end: current.end + part[0].length, partOfDay: code });
  }
  return attached;
};
