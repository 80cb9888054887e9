// The lists an Article derives from its blocks: `blocks` is the one truth, paragraphs/captions/related are views.
import type { ArticleBlock, Caption, Heading, Paragraph, RelatedItem } from './article';

interface BlockOfKind {
  paragraph: Paragraph;
  caption: Caption;
  related: RelatedItem;
  heading: Heading;
}

/** The blocks of one kind, in the order of the text, without their `kind` field. */
export function blocksOfKind<K extends keyof BlockOfKind>(blocks: readonly ArticleBlock[], kind: K): BlockOfKind[K][] {
  const found: BlockOfKind[K][] = [];
  for (const block of blocks) {
    if (block.kind !== kind) continue;
    const { kind: _kind, ...rest } = block;
    found.push(rest as unknown as BlockOfKind[K]);
  }
  return found;
}
