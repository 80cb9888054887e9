// Properties of the parser over generated text (the way of eemeli/yaml): it never throws, it is deterministic,
// its offsets are exact, its ids are well-formed, unique and stable when the article around them changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/parser/article';
import { frenchSpacing } from '../../src/parser/french-spacing';
import { INTERNAL_ERROR, parseArticle } from '../../src/parser/parse-article';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Pieces of real scrapes, so that random text hits the parser's rules and not only its "plain paragraph" path. */
const SCRAPE_PIECES = [
  '«', '»', '« ', ' »', '“', '”', '"', '`', '<a href="', '<script>', '>', '=', '(', ')', '[', ']', '/',
  'PHOTO :', 'PHOTO:', 'photo : ', 'PLUS :', 'PLUS: ', '(Susan Walsh/AP)', '[feminine', '[masculine]', '[neuter',
  '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\u00A0', '\u202F', '\uFEFF', '\0',
  ' a déclaré ', ' a déclaré que ', ', a-t-il ajouté', ', explique-t-elle', ' selon ', ' selon lui', ' le président ',
  'Président Joe Biden', 'Biden', ' la maire ', ', le porte-parole, Nasser al Shammari', 'Élise Fournier, la maire',
  '.', '. .', '..', '...', '. . .', '!!', '??', '?', '!', ',', ':', ';', '…',
  'Source link', 'Laisser un commentaire', 'Laisser un commentairenone', 'none', ' paru à l’origine sur ',
  'abcnews.go.com', ' d’ABC News a contribué à ce rapport.', 'Anne et Paul de CNN ont contribué à ce rapport.',
  '26 juillet 2021', '1er janvier 2020', '31 février 2021', 'janvier 2020', '2020', 'lundi après-midi',
  'quelques jours plus tard', 'd’ici la fin de l’année', ' a été fermé ', ' ont voté ', ' partiront ', 'é', 'œ', 'L’État', '😀', '\u0301', 'al-Kadhimi', 'Mustafa',
];

const scrapeLike = fc
  .array(fc.oneof(fc.constantFrom(...SCRAPE_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  scrapeLike,
  scrapeLike.map((text) => `Titre\n\n${text}\n\nUn paragraphe.`),
);

function articleOf(raw: string): Article | null {
  const parsed = parseArticle(raw);
  return parsed.ok ? parsed.article : null;
}

function allIds(article: Article): string[] {
  return [...article.blocks.map((block) => block.id), ...article.quotes.map((quote) => quote.id), ...article.events.map((event) => event.id)];
}

describe('parseArticle on any string', { timeout: 30_000 }, () => {
  it('never throws, and gives either an article or a short problem sentence', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const parsed = parseArticle(raw);
        if (parsed.ok) {
          expect(parsed.article.paragraphs.length).toBeGreaterThan(0);
        } else {
          expect(parsed.problem).not.toContain(INTERNAL_ERROR);
          expect(parsed.problem).toMatch(/^[a-z][^\n]{5,120}$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(JSON.stringify(parseArticle(raw))).toBe(JSON.stringify(parseArticle(raw)));
      }),
    );
  });

  it('places every quote, date and event exactly: text === block.text.slice(start, end)', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const article = articleOf(raw);
        if (!article) return;
        const texts = new Map(article.blocks.map((block) => [block.id, block.kind === 'related' ? block.title : block.text]));
        const paragraphIds = new Set(article.paragraphs.map((paragraph) => paragraph.id));
        for (const quote of article.quotes) {
          expect(paragraphIds.has(quote.blockId)).toBe(true);
          expect(texts.get(quote.blockId)?.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.text).not.toBe('');
          expect(quote.speaker).not.toBe('');
        }
        for (const date of article.dates) {
          expect(texts.get(date.blockId)?.slice(date.start, date.end)).toBe(date.text);
        }
        // An event points at a sentence of a paragraph, and its title is that sentence's own opening words.
        for (const event of article.events) {
          expect(paragraphIds.has(event.blockId)).toBe(true);
          const sentence = texts.get(event.blockId)?.slice(event.start, event.end) ?? '';
          expect(sentence.startsWith(event.title.replace(/…$/u, ''))).toBe(true);
          expect(article.dates.some((date) => date.blockId === event.blockId && date.value === event.date && date.start >= event.start && date.end <= event.end)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives ids of lowercase ASCII letters, digits and hyphens, unique in the article', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const article = articleOf(raw);
        if (!article) return;
        const ids = allIds(article);
        for (const id of ids) expect(id).toMatch(ID);
        expect(new Set(ids).size).toBe(ids.length);
        for (const repair of article.repairs) expect(repair.blockId === 'title' || ids.includes(repair.blockId)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the lists and the flow in agreement', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const article = articleOf(raw);
        if (!article) return;
        const ofKind = (kind: string) => article.blocks.filter((block) => block.kind === kind).map((block) => block.id);
        expect(article.paragraphs.map((block) => block.id)).toEqual(ofKind('paragraph'));
        expect(article.captions.map((block) => block.id)).toEqual(ofKind('caption'));
        expect(article.related.map((block) => block.id)).toEqual(ofKind('related'));
      }),
    );
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Id stability: a link a reader shared must survive corrections elsewhere in the article.

const WORDS = [
  'le', 'président', 'Joe', 'Biden', 'a', 'déclaré', 'que', '«', '»', '“', '”', '"', 'lundi', 'l’État', 'écoles',
  'œuvre', '2021', 'Irak', 'troupes', 'mission', 'combat', ',', '.', 'selon', 'la', 'maire', 'Élise', 'Fournier',
  '[feminine', 'a-t-il', 'ajouté', 'porte-parole', 'Nasser', 'al', 'Shammari', 'janvier', '26', '😀', '&', '<b>',
];
const FIRST_WORDS = ['Le', 'La', 'Président', 'Biden', 'Les', 'Selon', '«', 'Élise', 'Dans', '“Nous', 'Écoles', '2021'];

const sentence = fc
  .tuple(fc.constantFrom(...FIRST_WORDS), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }))
  .map(([first, rest]) => [first, ...rest].join(' '))
  // A line without a letter or a digit ("« »") is scrape noise, not a paragraph.
  .filter((text) => /[\p{L}\p{N}]/u.test(text));

type Line = { kind: 'paragraph' | 'caption' | 'related'; text: string };
const line: fc.Arbitrary<Line> = fc.oneof(
  { weight: 6, arbitrary: sentence.map((text): Line => ({ kind: 'paragraph', text })) },
  { weight: 1, arbitrary: sentence.map((text): Line => ({ kind: 'caption', text })) },
  { weight: 1, arbitrary: sentence.map((text): Line => ({ kind: 'related', text })) },
);

function scrape(lines: readonly Line[]): string {
  const body = lines.map((entry) =>
    entry.kind === 'caption' ? `PHOTO : ${entry.text} (Agnès Martin/AFP)` : entry.kind === 'related' ? `PLUS : ${entry.text}` : entry.text,
  );
  return ['Un titre pour l’article', ...body].join('\n\n');
}

/** Each block's id by what a reader sees of it. Null when two blocks show the same text: their ids are
 *  numbered in order by design ("-2"), so they are not expected to be position-free. */
function idsByContent(article: Article): Map<string, string> | null {
  const ids = new Map<string, string>();
  for (const block of article.blocks) {
    const key = `${block.kind}:${block.kind === 'related' ? block.title : block.text}`;
    if (ids.has(key)) return null;
    ids.set(key, block.id);
  }
  return ids;
}

function expectSameIds(before: Map<string, string>, after: Map<string, string>): void {
  for (const [content, id] of before) {
    if (after.has(content)) expect(after.get(content)).toBe(id);
  }
}

describe('block ids', { timeout: 30_000 }, () => {
  it('stay the same when a paragraph is inserted elsewhere', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), sentence, fc.nat(), (lines, added, at) => {
        const original = articleOf(scrape(lines));
        const position = at % (lines.length + 1);
        const changed = articleOf(scrape([...lines.slice(0, position), { kind: 'paragraph', text: added }, ...lines.slice(position)]));
        fc.pre(original !== null && changed !== null);
        const before = original ? idsByContent(original) : null;
        const after = changed ? idsByContent(changed) : null;
        fc.pre(before !== null && after !== null);
        if (before && after) {
          // What a short line is may depend on its neighbours (a heading needs paragraphs around it, a label among the
          // page's furniture is furniture, "Le janvier" alone is a date line), so blocks may change kind or be set
          // aside; every block that keeps its kind and text keeps its id.
          expectSameIds(before, after);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stay the same when a paragraph is removed', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 12 }), fc.nat(), (lines, at) => {
        const removed = at % lines.length;
        const original = articleOf(scrape(lines));
        const changed = articleOf(scrape(lines.filter((_, index) => index !== removed)));
        fc.pre(original !== null && changed !== null);
        const before = original ? idsByContent(original) : null;
        const after = changed ? idsByContent(changed) : null;
        fc.pre(before !== null && after !== null);
        if (before && after) {
          expectSameIds(before, after);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// ----------------------------------------------------------------------------------------------------------------

const spaces = /[ \u00A0\u202F]/gu;

describe('frenchSpacing', { timeout: 30_000 }, () => {
  const spacingText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom('«', '»', ' ', '\u00A0', '\u202F', ':', ';', '!', '?', 'a', 'é', '14:30', 'https://x.fr/?q=1', '😀', '"', '”', ')'), { maxLength: 40 })
      .map((pieces) => pieces.join('')),
  );

  it('changes only spaces: without spaces, the input and the output are the same string', () => {
    fc.assert(
      fc.property(spacingText, (text) => {
        expect(frenchSpacing(text).replace(spaces, '')).toBe(text.replace(spaces, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(spacingText, (text) => {
        const once = frenchSpacing(text);
        expect(frenchSpacing(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same paragraph when applied to the fragments around its quotes, as the UI does', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const article = articleOf(scrape(lines));
        if (!article) return;
        for (const paragraph of article.paragraphs) {
          const cuts = article.quotes
            .filter((quote) => quote.blockId === paragraph.id)
            .flatMap((quote) => [quote.start, quote.end]);
          const bounds = [0, ...cuts, paragraph.text.length];
          const fragments = bounds.slice(1).map((end, index) => paragraph.text.slice(bounds[index], end));
          expect(fragments.map(frenchSpacing).join('')).toBe(frenchSpacing(paragraph.text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
