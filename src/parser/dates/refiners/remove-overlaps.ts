// Where two forms read overlapping words, the longer reading wins: "26 juillet 2021" holds the month "juillet
// 2021" and the year "2021"; "du 3 au 5 juin" holds "5 juin". On equal length the earlier parser in the list wins.
import type { BlockRefiner } from '../reading';

export const removeOverlaps: BlockRefiner = (candidates) => {
  const byLength = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof candidates = [];
  for (const candidate of byLength) {
    const last = kept[kept.length - 1];
    if (last !== undefined && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
};
