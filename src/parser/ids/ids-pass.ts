// The ids pass: gives every block an id that depends on its text alone, and files each repair under its block.
import type { ParseContext } from '../context';
import { contentId } from './block-id';

export function identifyBlocks(context: ParseContext): void {
  for (const draft of context.drafts) {
    const id = context.ids.claim(contentId(draft.kind, draft.text));
    for (const repair of draft.repairs) context.repairs.push({ ...repair, blockId: id });
    if (draft.kind === 'paragraph') context.blocks.push({ kind: 'paragraph', id, text: draft.text });
    else if (draft.kind === 'caption') context.blocks.push({ kind: 'caption', id, text: draft.text, credit: draft.credit });
    else if (draft.kind === 'heading') context.blocks.push({ kind: 'heading', id, text: draft.text });
    else context.blocks.push({ kind: 'related', id, title: draft.text });
  }
}
