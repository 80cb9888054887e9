// The comparison rules of `npm run eval:articles`: when two quotes are the same quote, when a speaker is right,
// what counts as clutter in the body and as a word lost.
import { describe, expect, it } from 'vitest';
import { readGold, type Gold } from '../../scripts/article-eval/gold';
import { matchQuotes, normaliseQuote, rates, scoreArticle, speakerVerdict, type ParsedView } from '../../scripts/article-eval/score';

describe('normaliseQuote', () => {
  it.each([
    ['« C’est fini. »', "C'est fini"],
    ['“Nous   verrons”', 'Nous verrons'],
    ['C\u00a0’est\u202fdur !', "C 'est dur"],
    ['tout sera fait…', 'tout sera fait'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseQuote(input)).toBe(expected);
  });
});

describe('matchQuotes', () => {
  it('pairs equal quotes whatever their marks and apostrophes', () => {
    expect(matchQuotes(['C’est fini.', 'Autre chose'], ['Autre chose', "C'est fini"])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('pairs a quote that shares at least 80 % of the longer text, not less', () => {
    const gold = 'Nous ne céderons rien sur les retraites, rien du tout';
    expect(matchQuotes([gold], [gold.slice(0, 46)])).toEqual([[0, 0]]);
    expect(matchQuotes([gold], [gold.slice(0, 30)])).toEqual([]);
  });

  it('pairs one to one: a quote found once matches one of two equal gold quotes', () => {
    expect(matchQuotes(['Oui', 'Oui'], ['Oui'])).toEqual([[0, 0]]);
  });
});

describe('speakerVerdict', () => {
  const said = (name: string, asWritten: string | null = null) => ({ name, asWritten });
  it.each([
    ['Emmanuel Macron', said('Emmanuel Macron'), 'right'],
    ['Emmanuel Macron', said('Macron'), 'right'],
    ['Dmitri Peskov', said('M. Peskov'), 'right'],
    ['Mgr de Moulins-Beaufort', said('de Moulins-Beaufort'), 'right'],
    ['l’Élysée', said("l'Élysée"), 'right'],
    ['un responsable américain', said('Un responsable américain'), 'right'],
    ['Emmanuel Macron', said('Emmanuel Macron', 'il'), 'right'],
    ['un témoin', said('un témoin interrogé par le journal'), 'right'],
    ['sa famille', said('la famille'), 'right'],
    ['Sophie Binet', said('Macron'), 'wrong'],
    ['M’jid El Guerrab', said('Jid El Guerrab'), 'wrong'],
    ['Emmanuel Macron', said('Manuel Macron'.slice(1)), 'wrong'],
    ['Emmanuel Macron', null, 'missing'],
    [null, null, 'right'],
    [null, said('Sophie Binet'), 'wrong'],
    ['Éric Dupond', said('Eric Dupond'), 'wrong'],
  ] as const)('gold %s, predicted %j → %s', (gold, predicted, verdict) => {
    expect(speakerVerdict(gold, predicted)).toBe(verdict);
  });
});

function goldOf(data: Partial<Gold>): Gold {
  const reading = readGold(
    JSON.stringify({
      source: { url: 'https://www.example.fr/a', site: 'example.fr', foundVia: 'test', kind: 'wire', publishedAt: null },
      quotes: [],
      notQuotes: [],
      boilerplate: [],
      captions: [],
      headings: [],
      dates: [],
      ...data,
    }),
  );
  if (!reading.ok) throw new Error(reading.problem);
  return reading.gold;
}

const paragraph = (text: string) => ({ kind: 'paragraph', text });

describe('scoreArticle', () => {
  const text = ['Titre', 'Publicité', 'Le ministre a appelé à « la responsabilité ». Il parle d’une crise « mondiale ».', 'Lire aussi : la grève', 'Fin du texte ici.'].join('\n\n');
  const gold = goldOf({
    quotes: [{ text: 'la responsabilité', speaker: 'Jean Castel' }],
    notQuotes: ['mondiale'],
    boilerplate: ['Publicité', 'Lire aussi : la grève'],
  });

  it('counts a scare quote apart from other false quotes, and a wrong speaker apart from a missing one', () => {
    const parsed: ParsedView = {
      blocks: [paragraph(text.split('\n\n')[2] ?? ''), paragraph('Fin du texte ici.')],
      quotes: [
        { text: 'la responsabilité', speaker: { name: 'Sophie Binet', asWritten: null } },
        { text: 'mondiale', speaker: null },
      ],
      dates: [],
    };
    const { counts, failures } = scoreArticle('01-test', gold, text, parsed, { measureHeadings: false });
    expect(counts).toMatchObject({ matchedQuotes: 1, predictedQuotes: 2, scareQuotes: 1, wrongSpeakers: 1, missingSpeakers: 0 });
    expect(failures.map((failure) => failure.kind)).toEqual(['scare-quote', 'wrong speaker']);
    expect(rates(counts)).toMatchObject({ precision: 0.5, recall: 1, speakersRight: 0 });
  });

  it('finds boilerplate kept as a paragraph, and words of the body dropped', () => {
    const parsed: ParsedView = { blocks: [paragraph('Lire aussi : la grève'), paragraph('Le ministre a appelé à « la responsabilité ».')], quotes: [], dates: [] };
    const { counts, failures } = scoreArticle('01-test', gold, text, parsed, { measureHeadings: false });
    expect(counts.boilerplateLeaked).toBe(1);
    expect(counts.wordsLost).toBe(10);
    expect(failures.filter((failure) => failure.kind === 'lost words').map((failure) => failure.text)).toEqual([
      'il parle d une crise mondiale',
      'fin du texte ici',
    ]);
  });

  it('does not count a short clutter word as leaked when the body merely uses it', () => {
    const withWord = goldOf({ boilerplate: ['Partager'] });
    const body = ['Titre', 'Partager', 'Partager ses idées est utile.'].join('\n');
    const parsed: ParsedView = { blocks: [paragraph('Partager ses idées est utile.')], quotes: [], dates: [] };
    expect(scoreArticle('01-test', withWord, body, parsed, { measureHeadings: false }).counts.boilerplateLeaked).toBe(0);
  });

  it('counts a heading or a caption the annotation does not have, beside those it has and the parser missed', () => {
    const page = ['Titre', 'Premier paragraphe du texte.', 'Liquidation judiciaire', 'Suite du texte.', 'Michel Daerden © Belga'].join('\n');
    const annotated = goldOf({ headings: ['Liquidation judiciaire'], captions: ['Michel Daerden © Belga'] });
    const parsed: ParsedView = {
      blocks: [{ kind: 'heading', text: 'Premier paragraphe du texte.' }, paragraph('Liquidation judiciaire'), paragraph('Suite du texte.'), { kind: 'caption', text: 'Suite du texte.' }],
      quotes: [],
      dates: [],
    };
    const { counts, failures } = scoreArticle('01-test', annotated, page, parsed, { measureHeadings: true });
    expect(counts).toMatchObject({ headings: 1, headingsFound: 0, falseHeadings: 1, captions: 1, captionsFound: 0, falseCaptions: 1 });
    expect(failures.map((failure) => failure.kind)).toEqual(['missed caption', 'false caption', 'missed heading', 'false heading']);
  });

  it('counts the words of a dateline split off a paragraph apart from words lost', () => {
    const page = ['Titre', 'PARIS (AFP) - Le gouvernement a présenté son plan.'].join('\n');
    const parsed: ParsedView = {
      blocks: [paragraph('Le gouvernement a présenté son plan.')],
      quotes: [],
      dates: [],
      setAside: [{ text: 'PARIS (AFP) -', reason: 'dateline' }],
    };
    const { counts, failures } = scoreArticle('01-test', goldOf({}), page, parsed, { measureHeadings: false });
    expect(counts).toMatchObject({ bodyWords: 8, wordsLost: 0, wordsInDatelines: 2 });
    expect(failures.map((failure) => failure.kind)).toEqual(['words moved to a dateline']);
    const withoutDateline = scoreArticle('01-test', goldOf({}), page, { ...parsed, setAside: [] }, { measureHeadings: false });
    expect(withoutDateline.counts).toMatchObject({ wordsLost: 2, wordsInDatelines: 0 });
  });

  it('counts every gold quote missed when the parser refused the text', () => {
    const { counts, failures } = scoreArticle('01-test', gold, text, null, { measureHeadings: false, problem: 'no article body' });
    expect(counts.matchedQuotes).toBe(0);
    expect(failures[0]).toEqual({ kind: 'parse failed', article: '01-test', text: 'no article body', expected: 'an article' });
    expect(rates(counts).f1).toBe(0);
  });
});
