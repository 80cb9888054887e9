// The seed article, field by field: what a reader of "Biden / Irak" must see, and what an editor must be told.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/parser/article';
import { parseArticle } from '../../src/parser/parse-article';

const SEED = join(import.meta.dirname, '..', 'fixtures', 'articles', 'seed-biden-irak', 'article.txt');

let article: Article;
beforeAll(() => {
  const parsed = parseArticle(readFileSync(SEED, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  article = parsed.article;
});

/** Everything a reader can see: title, paragraphs, captions and their credits, related headlines, quotes. */
function visibleText(): string {
  return [
    article.title,
    ...article.blocks.map((block) => (block.kind === 'related' ? block.title : block.text)),
    ...article.captions.map((caption) => caption.credit ?? ''),
    ...article.quotes.map((quote) => quote.text),
  ].join('\n');
}

describe('the seed article', () => {
  it('has its title, source and contributor', () => {
    expect(article.title).toBe(
      'Les États-Unis terminent leur mission de combat en Irak alors que Biden rencontre le Premier ministre irakien',
    );
    expect(article.language).toBe('fr');
    expect(article.source).toBe('abcnews.go.com');
    expect(article.contributors).toEqual(['Libby Cathey']);
  });

  it('has 16 body paragraphs, from the first sentence to the spokesman, none of them site furniture', () => {
    expect(article.paragraphs).toHaveLength(16);
    expect(article.paragraphs[0]?.text).toMatch(/^Président Joe Biden a déclaré que les États-Unis « n’allaient/);
    expect(article.paragraphs[15]?.text).toMatch(/a déclaré le porte-parole, Nasser al Shammari\.$/);
    for (const paragraph of article.paragraphs) {
      expect(paragraph.text).not.toMatch(/contribué à ce rapport|paru à l’origine|Source link|Laisser un commentaire/);
    }
  });

  it('shows each of its 2 photo captions once, without the label, credited to Susan Walsh/AP', () => {
    expect(article.captions).toHaveLength(2);
    expect(article.captions.map((caption) => caption.credit)).toEqual(['Susan Walsh/AP', 'Susan Walsh/AP']);
    expect(article.captions[0]?.text).toBe(
      'Le président Joe Biden, à droite, rencontre le Premier ministre irakien Mustafa al-Kadhimi, à gauche, ' +
        'dans le bureau ovale de la Maison Blanche, le 26 juillet 2021.',
    );
    expect(article.captions[1]?.text).toMatch(/^le président Joe Biden, à droite, serre la main/);
    for (const caption of article.captions) expect(caption.text).not.toMatch(/PHOTO|Susan Walsh/);
    const duplicates = article.setAside.filter((line) => line.reason === 'duplicate-caption');
    expect(duplicates.map((line) => line.line)).toEqual([12, 36]);
  });

  it('has 3 related headlines without their "PLUS :" label', () => {
    expect(article.related.map((item) => item.title)).toEqual([
      '2 500 demandeurs de visa afghans, des familles seront hébergées dans une installation militaire américaine',
      'Le secrétaire à la Défense dit que les États-Unis évaluent toujours qui a mené l’attaque à la roquette en Irak',
      'Un regard intérieur sur le retrait des troupes américaines d’Afghanistan : exclusivité ABC News',
    ]);
  });

  it('keeps captions and related headlines in their place in the flow', () => {
    const kinds = article.blocks.map((block) => block.kind[0]).join('');
    expect(kinds).toBe('pppcpprppprpppcpprppp');
  });

  it('credits its 5 quotes: 3 to Joe Biden, 2 to the spokesman Nasser al Shammari', () => {
    expect(article.quotes.map((quote) => [quote.speaker?.name, quote.text.slice(0, 30)])).toEqual([
      ['Joe Biden', 'n’allaient pas participer, d’i'],
      ['Joe Biden', 'Notre lutte commune contre l’E'],
      ['Joe Biden', 'dans quelques semaines'],
      ['Nasser al Shammari', 'truc bon marché'],
      ['Nasser al Shammari', 'ne feront pas de distinction e'],
    ]);
    const quoted = article.quotes.map((quote) => quote.text).join('\n');
    expect(quoted).not.toContain('dialogues stratégiques');
    expect(quoted).not.toMatch(/[«»“”"]/);
  });

  it('places each quote exactly in its paragraph', () => {
    for (const quote of article.quotes) {
      const paragraph = article.paragraphs.find((candidate) => candidate.id === quote.blockId);
      expect(paragraph?.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('shows no scrape artifact and no site furniture', () => {
    const visible = visibleText();
    expect(visible).not.toContain('[feminine');
    expect(visible).toContain('COVID-19 vaccins');
    expect(visible).not.toMatch(/\. \.$/m);
    expect(visible).toContain('la fin du soi-disant califat du groupe terroriste.');
    expect(visible).not.toMatch(/Source link|Laisser un commentaire|\bnone\b/);
    const captionTexts = article.captions.map((caption) => caption.text);
    expect(new Set(captionTexts).size).toBe(captionTexts.length);
  });

  it('lists its repairs for an editor: the gender tag and the doubled period', () => {
    expect(article.repairs.map((repair) => repair.kind).sort()).toEqual(['doubled-punctuation', 'gender-tag']);
    const genderTag = article.repairs.find((repair) => repair.kind === 'gender-tag');
    expect(genderTag?.before).toContain('COVID-19[femininevaccins');
    expect(genderTag?.after).toContain('COVID-19 vaccins');
    expect(genderTag?.blockId).toBe(article.paragraphs[12]?.id);
    const period = article.repairs.find((repair) => repair.kind === 'doubled-punctuation');
    expect(period?.before).toMatch(/terroriste\. \.$/);
    expect(period?.after).toMatch(/terroriste\.$/);
    expect(period?.blockId).toBe(article.paragraphs[10]?.id);
  });

  it('sets aside, with line numbers, every line it does not show', () => {
    expect(article.setAside.map((line) => [line.line, line.reason])).toEqual([
      [12, 'duplicate-caption'],
      [36, 'duplicate-caption'],
      [50, 'contributor-line'],
      [52, 'source-line'],
      [56, 'site-footer'],
      [58, 'site-footer'],
    ]);
  });

  // Issue 7 §5: without its edition, the text alone dates the timeline.
  it('finds its publication date in a caption the text’s weekdays agree with', () => {
    expect(article.publishedAt).toEqual({ value: '2021-07-26', source: 'caption' });
  });

  it('resolves every date of its timeline against that date and the passage’s own dates', () => {
    const values = article.dates.map((date) => [date.text, date.value, date.mod]);
    expect(values.filter(([text]) => text === 'lundi' || text === 'lundi après-midi')).toEqual([
      ['lundi après-midi', '2021-07-26TAF', null],
      ['lundi', '2021-07-26', null],
      ['lundi', '2021-07-26', null],
    ]);
    for (const expected of [
      ['jeudi', '2021-07-22', null],
      ['la semaine dernière', '2021-W29', null],
      ['janvier 2020', '2020-01', null],
      ['Quelques jours plus tard', '2020-01', null],
      ['ce mois-ci', '2020-01', null],
      ['d’ici la fin de l’année', '2021', 'by'],
      ['26 juillet 2021', '2021-07-26', null],
      ['dans quelques semaines', 'FUTURE_REF', null],
    ]) {
      expect(values).toContainEqual(expected);
    }
    const blocks = new Map(article.blocks.map((block) => [block.id, block.kind === 'related' ? block.title : block.text]));
    for (const date of article.dates) expect(blocks.get(date.blockId)?.slice(date.start, date.end)).toBe(date.text);
  });

  it('finds no date in its counts: "2 500 soldats", "500 000 doses", "COVID-19"', () => {
    const words = article.dates.map((date) => date.text).join(' | ');
    expect(words).not.toMatch(/2 500|500 000|19\b/u);
  });

  it('takes a caller’s date over the caption’s', () => {
    const parsed = parseArticle(readFileSync(SEED, 'utf8'), { publishedAt: '2021-07-29' });
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.article.publishedAt).toEqual({ value: '2021-07-29', source: 'option' });
    expect(parsed.article.dates.find((date) => date.text === 'jeudi')?.value).toBe('2021-07-29');
  });

  it('gives its paragraphs readable ids built from their first words', () => {
    expect(article.paragraphs.slice(0, 3).map((paragraph) => paragraph.id)).toEqual([
      'president-joe-biden-a-declare-que-ocfu',
      'le-president-lors-d-une-rencontre-mv0t',
      'notre-lutte-commune-contre-l-etat-d10v',
    ]);
    expect(article.captions[0]?.id).toMatch(/^photo-le-president-joe-biden-a-droite-[a-z0-9]{4}$/);
    expect(article.related[0]?.id).toMatch(/^plus-2-500-demandeurs-de-visa-afghans-[a-z0-9]{4}$/);
    expect(article.quotes[3]?.id).toMatch(/^citation-truc-bon-marche-[a-z0-9]{4}$/);
  });
});
