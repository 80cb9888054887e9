// The repairs pass: mends the scrape's artifacts in the title and every block, and sets aside the second copy of a
// caption the scrape printed twice in a row (once for the image, once for its zoom).
import type { ParseContext } from '../context';
import { repairText } from './repair-text';

export function repairBlocks(context: ParseContext): void {
  const title = repairText(context.titleLine?.text ?? '');
  context.title = title.text;
  for (const repair of title.repairs) context.repairs.push({ ...repair, blockId: 'title' });

  const kept: ParseContext['drafts'] = [];
  for (const draft of context.drafts) {
    const repaired = repairText(draft.text);
    const previous = kept[kept.length - 1];
    if (
      draft.kind === 'caption' && previous?.kind === 'caption' &&
      previous.text === repaired.text && previous.credit === draft.credit
    ) {
      context.setAside.push({ line: draft.line, text: draft.lineText, reason: 'duplicate-caption' });
      continue;
    }
    // Most blocks need no repair: the draft itself is kept, not a copy (a copy of each block of a long article is
    // garbage the young generation copies before it dies).
    if (repaired.repairs.length === 0 && repaired.text === draft.text) kept.push(draft);
    else kept.push({ ...draft, text: repaired.text, repairs: [...draft.repairs, ...repaired.repairs] });
  }
  context.drafts = kept;
  // Set-aside lines are listed in the order of the text, whichever pass set them aside.
  context.setAside.sort((a, b) => a.line - b.line);
}
