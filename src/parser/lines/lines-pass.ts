// The lines pass: reads each line of the scrape as a block of the article (paragraph, caption, related headline),
// as metadata (source, contributors), or as site furniture set aside with its reason. Nothing is dropped silently.
import type { ParseContext } from '../context';
import { gluedFooterRepair } from '../repairs/repair-text';
import { readLine } from './read-line';
import { splitGluedFooter } from './site-footer';
import { BYTE_ORDER_MARK, splitLines } from './split-lines';

export function readLines(context: ParseContext): string | void {
  const [titleLine, ...bodyLines] = splitLines(context.raw);
  if (!titleLine) {
    const empty = context.raw === '' || context.raw === BYTE_ORDER_MARK;
    return empty ? 'empty text: there is nothing to read' : 'blank text: only spaces and line breaks';
  }
  context.titleLine = titleLine;

  const { setAside, drafts, contributors } = context;
  for (const line of bodyLines) {
    const glued = splitGluedFooter(line.text);
    if (glued.footer !== null) setAside.push({ line: line.number, text: glued.footer, reason: 'site-footer' });
    const repairs = glued.footer === null ? [] : [gluedFooterRepair(line.text, glued.text)];

    const reading = readLine(glued.text);
    switch (reading.kind) {
      case 'site-footer':
      case 'scrape-noise':
        setAside.push({ line: line.number, text: glued.text, reason: reading.kind });
        break;
      case 'source':
        context.source ??= reading.site;
        setAside.push({ line: line.number, text: glued.text, reason: 'source-line' });
        break;
      case 'contributors':
        for (const name of reading.names) if (!contributors.includes(name)) contributors.push(name);
        setAside.push({ line: line.number, text: glued.text, reason: 'contributor-line' });
        break;
      case 'paragraph':
        drafts.push({ kind: 'paragraph', line: line.number, text: reading.text, repairs });
        break;
      case 'caption':
        drafts.push({ kind: 'caption', line: line.number, text: reading.text, credit: reading.credit, repairs, lineText: glued.text });
        break;
      case 'related':
        drafts.push({ kind: 'related', line: line.number, text: reading.title, repairs });
        break;
    }
  }

  if (!drafts.some((draft) => draft.kind === 'paragraph')) {
    return 'no article body: the file has a title but no paragraph';
  }
}
