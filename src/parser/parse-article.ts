// The article parser's one entry point: the raw text of a scraped, machine-translated article → the Article model.
import type { Article, ArticleBlock, Caption, Paragraph, RelatedItem, Repair, SetAsideLine } from './article';
import { contentId, IdRegistry } from './block-id';
import { findDates } from './find-dates';
import { People } from './find-people';
import { findQuotes } from './find-quotes';
import { readLine, splitGluedFooter } from './read-line';
import { repairText, type TextRepair } from './repair-text';
import { RULES } from './rules';
import { splitLines } from './split-lines';

export type ParseResult = { ok: true; article: Article } | { ok: false; problem: string };

/** Prefix of the problem reported when the parser itself failed: tests assert it never appears. */
export const INTERNAL_ERROR = 'internal error in the article parser';

type DraftBlock =
  | { kind: 'paragraph'; text: string; repairs: TextRepair[] }
  | { kind: 'caption'; text: string; credit: string | null; repairs: TextRepair[] }
  | { kind: 'related'; title: string; repairs: TextRepair[] };

/**
 * Reads the article in `raw`. Never throws: text that holds no article gives `{ ok: false, problem }`, a short
 * sentence a person can act on ("no article body: the file has a title but no paragraph").
 */
export function parseArticle(raw: string): ParseResult {
  try {
    if (typeof raw !== 'string') return { ok: false, problem: 'not text: the parser reads strings' };
    return parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${INTERNAL_ERROR} (${reason.split('\n')[0] ?? ''})` };
  }
}

function parse(raw: string): ParseResult {
  const lines = splitLines(raw);
  const [titleLine, ...bodyLines] = lines;
  if (!titleLine) {
    const empty = raw === '' || raw === RULES.byteOrderMark;
    return { ok: false, problem: empty ? 'empty text: there is nothing to read' : 'blank text: only spaces and line breaks' };
  }

  const setAside: SetAsideLine[] = [];
  const drafts: DraftBlock[] = [];
  const contributors: string[] = [];
  let source: string | null = null;

  for (const line of bodyLines) {
    const glued = splitGluedFooter(line.text);
    if (glued.footer !== null) setAside.push({ line: line.number, text: glued.footer, reason: 'site-footer' });
    const gluedRepair: TextRepair[] = glued.footer === null ? [] : [gluedFooterRepair(line.text, glued.text)];

    const reading = readLine(glued.text);
    switch (reading.kind) {
      case 'site-footer':
      case 'scrape-noise':
        setAside.push({ line: line.number, text: glued.text, reason: reading.kind });
        break;
      case 'source':
        source ??= reading.site;
        setAside.push({ line: line.number, text: glued.text, reason: 'source-line' });
        break;
      case 'contributors':
        for (const name of reading.names) if (!contributors.includes(name)) contributors.push(name);
        setAside.push({ line: line.number, text: glued.text, reason: 'contributor-line' });
        break;
      case 'paragraph': {
        const repaired = repairText(reading.text);
        drafts.push({ kind: 'paragraph', text: repaired.text, repairs: [...gluedRepair, ...repaired.repairs] });
        break;
      }
      case 'caption': {
        const repaired = repairText(reading.text);
        const previous = drafts[drafts.length - 1];
        // The scrape often prints a caption twice in a row (once for the image, once for its zoom).
        if (previous?.kind === 'caption' && previous.text === repaired.text && previous.credit === reading.credit) {
          setAside.push({ line: line.number, text: glued.text, reason: 'duplicate-caption' });
          break;
        }
        drafts.push({ kind: 'caption', text: repaired.text, credit: reading.credit, repairs: [...gluedRepair, ...repaired.repairs] });
        break;
      }
      case 'related': {
        const repaired = repairText(reading.title);
        drafts.push({ kind: 'related', title: repaired.text, repairs: [...gluedRepair, ...repaired.repairs] });
        break;
      }
    }
  }

  if (!drafts.some((draft) => draft.kind === 'paragraph')) {
    return { ok: false, problem: 'no article body: the file has a title but no paragraph' };
  }

  const title = repairText(titleLine.text);
  const repairs: Repair[] = title.repairs.map((repair) => ({ ...repair, blockId: 'title' }));
  const ids = new IdRegistry();
  const blocks: ArticleBlock[] = [];
  const paragraphs: Paragraph[] = [];
  const captions: Caption[] = [];
  const related: RelatedItem[] = [];
  for (const draft of drafts) {
    const text = draft.kind === 'related' ? draft.title : draft.text;
    const id = ids.claim(contentId(draft.kind, text));
    for (const repair of draft.repairs) repairs.push({ ...repair, blockId: id });
    if (draft.kind === 'paragraph') {
      paragraphs.push({ id, text: draft.text });
      blocks.push({ kind: 'paragraph', id, text: draft.text });
    } else if (draft.kind === 'caption') {
      captions.push({ id, text: draft.text, credit: draft.credit });
      blocks.push({ kind: 'caption', id, text: draft.text, credit: draft.credit });
    } else {
      related.push({ id, title: draft.title });
      blocks.push({ kind: 'related', id, title: draft.title });
    }
  }

  // Captions name people too ("Le président Joe Biden, à droite"), and date the photos: they feed the cast and
  // the timeline. Related headlines are other stories: they feed neither.
  const described = blocks.flatMap((block) => (block.kind === 'related' ? [] : [{ id: block.id, text: block.text }]));
  const people = People.collect(described);
  const quotes = findQuotes(paragraphs, people, ids);
  const dates = described.flatMap((block) => findDates(block));

  return {
    ok: true,
    article: {
      title: title.text,
      language: 'fr',
      source,
      contributors,
      paragraphs,
      captions,
      related,
      quotes,
      blocks,
      dates,
      repairs,
      setAside,
    },
  };
}

/** "…de chaque mois.Source link" → "…de chaque mois.": the end of the line, before and after. */
function gluedFooterRepair(line: string, kept: string): TextRepair {
  const from = Math.max(0, kept.length - RULES.repairExcerptChars);
  const head = from > 0 ? '…' : '';
  return { kind: 'glued-footer', before: head + line.slice(from), after: head + kept.slice(from) };
}
