// The lines pass: reads each line of the scrape as a block of the article (paragraph, caption, related headline,
// heading), as metadata (source, contributors), or as the page's furniture set aside with its reason. Nothing is
// dropped silently: every line that is not a block is in `setAside`, and an unsure line stays in the body.
import type { ParseContext } from '../context';
import { gluedFooterRepair, type TextRepair } from '../repairs/repair-text';
import { markAuthorBoxes } from './author-box';
import { markCaptionCopies } from './caption-copies';
import { wordCount } from './clutter-key';
import { markCommentBox } from './comment-box';
import { splitGluedDateline } from './dateline';
import { markEmbedCards } from './embed-credit';
import { markHeadings } from './heading-line';
import { markEdgeLabels, markPageFurniture } from './page-furniture';
import { readLine, type ReadLine } from './read-line';
import { markSiteNotices } from './reader-prompt';
import { markRepeatedText } from './repeated-text';
import { splitGluedFooter } from './site-footer';
import { BYTE_ORDER_MARK, splitLines } from './split-lines';
import { markHeadlineRuns, markTeaserLists } from './teaser-list';

/** The page-level rules, in order. Each reads the lines around a line that the line alone leaves unsure. */
const PAGE_RULES: readonly ((lines: ReadLine[], title: string) => void)[] = [
  /** The readers' comment box first: what is in it is not the article, whatever it looks like. */
  markCommentBox,
  /** Other stories listed under "Lire aussi". */
  markTeaserLists,
  /** A tweet's text above its credit line. */
  markEmbedCards,
  /** The writer's name and bio under the article. */
  markAuthorBoxes,
  /** Names beside dates (bylines), prices beside paywalls, labels among furniture. */
  markPageFurniture,
  /** A caption printed twice, the second time with its credit. */
  markCaptionCopies,
  /** Lists of other stories without a header, at the edges of the article or among furniture. */
  markHeadlineRuns,
  /** Rubrics above the article and labels below it. */
  markEdgeLabels,
  /** The paper's word to its readers about itself, once the lists of other stories are known. */
  markSiteNotices,
  /** The title again, and pull quotes. */
  markRepeatedText,
  /** Intertitles last: they need to know which lines are paragraphs. */
  markHeadings,
];

export function readLines(context: ParseContext): string | void {
  const [titleLine, ...bodyLines] = splitLines(context.raw);
  if (!titleLine) {
    const empty = context.raw === '' || context.raw === BYTE_ORDER_MARK;
    return empty ? 'empty text: there is nothing to read' : 'blank text: only spaces and line breaks';
  }
  context.titleLine = titleLine;

  const { setAside, drafts, contributors } = context;
  const lines: ReadLine[] = [];
  for (const line of bodyLines) {
    const glued = splitGluedFooter(line.text);
    if (glued.footer !== null) setAside.push({ line: line.number, text: glued.footer, reason: 'site-footer' });
    const repairs: TextRepair[] = glued.footer === null ? [] : [gluedFooterRepair(line.text, glued.text)];
    let reading = readLine(glued.text);
    let text = glued.text;
    if (reading.kind === 'paragraph') {
      // "PARIS (AFP) – Le gouvernement…": the dateline is set aside for the reference date, the paragraph stays whole.
      const split = splitGluedDateline(reading.text);
      if (split) {
        setAside.push({ line: line.number, text: split.dateline, reason: 'dateline' });
        repairs.push({ kind: 'dateline-split', before: `${split.dateline} ${split.rest.slice(0, 24)}…`, after: `${split.rest.slice(0, 24)}…` });
        text = split.rest;
        reading = { kind: 'paragraph', text };
      }
    }
    lines.push({ number: line.number, text, words: wordCount(text), reading, repairs });
  }
  for (const rule of PAGE_RULES) rule(lines, titleLine.text);

  for (const { number, text, reading, repairs } of lines) {
    switch (reading.kind) {
      case 'site-footer':
      case 'scrape-noise':
        setAside.push({ line: number, text, reason: reading.kind });
        break;
      case 'set-aside':
        setAside.push({ line: number, text, reason: reading.reason });
        break;
      case 'source':
        context.source ??= reading.site;
        setAside.push({ line: number, text, reason: 'source-line' });
        break;
      case 'contributors':
        for (const name of reading.names) if (!contributors.includes(name)) contributors.push(name);
        setAside.push({ line: number, text, reason: 'contributor-line' });
        break;
      case 'byline':
        for (const name of reading.names) if (!contributors.includes(name)) contributors.push(name);
        setAside.push({ line: number, text, reason: 'byline' });
        break;
      case 'paragraph':
      case 'name-line':
        drafts.push({ kind: 'paragraph', line: number, text, repairs });
        break;
      case 'heading':
        drafts.push({ kind: 'heading', line: number, text: reading.text, repairs });
        break;
      case 'caption':
        drafts.push({ kind: 'caption', line: number, text: reading.text, credit: reading.credit, repairs, lineText: text });
        break;
      case 'related':
        drafts.push({ kind: 'related', line: number, text: reading.title, repairs });
        break;
    }
  }

  if (!drafts.some((draft) => draft.kind === 'paragraph')) {
    return 'no article body: the file has a title but no paragraph';
  }
}
