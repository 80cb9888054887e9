// "de 2010 à 2015", "entre mars et mai 2020", "du lundi au mercredi", "du 3 juin au 5 juillet": two readings joined
// into one range A/B. A first part without its year borrows the second one's ("de mars à mai 2020").
import { SP } from '../patterns';
import type { BlockRefiner, Candidate, Reading } from '../reading';

const OPENING = new RegExp(`(?:^|[^\\p{L}])(?:du|de|d[’']|entre|depuis)${SP}(?:le${SP}|l[’'])?$`, 'iu');
const JOINT = new RegExp(`^${SP}(?:au|à|et|jusqu[’']au|jusqu[’']à|jusqu[’']en)${SP}(?:le${SP}|l[’'])?$`, 'iu');
const RANGE_KINDS = new Set(['fixed', 'date', 'month', 'weekday', 'season']);

function withYearOf(first: Reading, second: Reading): Reading {
  if (first.kind === 'month' && first.year === null && second.kind === 'month' && second.year !== null) {
    return { ...first, year: first.month > second.month ? second.year - 1 : second.year };
  }
  if (first.kind === 'date' && first.year === null && second.kind === 'date' && second.year !== null && first.month !== null && second.month !== null) {
    return { ...first, year: first.month > second.month ? second.year - 1 : second.year };
  }
  return first;
}

export const mergeRanges: BlockRefiner = (candidates, text) => {
  const merged: Candidate[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const first = candidates[index];
    const second = candidates[index + 1];
    if (first === undefined) continue;
    const joinable =
      second !== undefined &&
      RANGE_KINDS.has(first.reading.kind) &&
      first.reading.kind === second.reading.kind &&
      JOINT.test(text.slice(first.end, second.start)) &&
      // "mardi et mercredi" is a range as it stands; "2019 et 2020" are two years unless "entre" opens them.
      (OPENING.test(text.slice(Math.max(0, first.start - 16), first.start)) ||
        (first.reading.kind !== 'fixed' && first.reading.kind !== 'month' && /^\s+et\s+$/u.test(text.slice(first.end, second.start))));
    if (!joinable || second === undefined) {
      merged.push(first);
      continue;
    }
    merged.push({
      ...first,
      end: second.end,
      reading: { kind: 'range', from: withYearOf(first.reading, second.reading), to: second.reading },
      rule: 'fr/merge-ranges',
    });
    index += 1;
  }
  return merged;
};
