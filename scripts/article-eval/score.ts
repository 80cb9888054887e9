// Scores what the parser made of one evaluation article against its hand annotation: quotes and their speakers,
// clutter left in the body, body words lost, captions, headings and dates. Pure functions, so that the rules of the
// comparison are tested on their own (tests/eval/score.test.ts).
import { goldBodyLines, type Gold } from './gold';

/** What the evaluation reads of a parsed article, whichever version of the Article model made it. */
export interface ParsedView {
  /** Every block in text order; a related item's title is its text. */
  blocks: { kind: string; text: string }[];
  quotes: { text: string; speaker: PredictedSpeaker | null }[];
  dates: { text: string; value: string | null }[];
  /** Lines the parser set aside, with its reason; a dateline split off a paragraph ("PARIS (AFP) –") is one. */
  setAside?: { text: string; reason: string }[];
}

/** The name shown to a reader, and the words of the text it came from when the model keeps them apart. */
export interface PredictedSpeaker {
  name: string;
  asWritten: string | null;
}

export const FAILURE_KINDS = [
  'parse failed',
  'missed quote',
  'false quote',
  'scare-quote',
  'wrong speaker',
  'missing speaker',
  'leaked boilerplate line',
  'lost words',
  'words moved to a dateline',
  'missed caption',
  'false caption',
  'missed heading',
  'false heading',
  'missed date',
  'wrong date value',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface Failure {
  kind: FailureKind;
  article: string;
  /** What the parser gave (or the gold text it missed). */
  text: string;
  /** What the annotation expected. */
  expected: string;
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  scareQuotes: number;
  speakersRight: number;
  wrongSpeakers: number;
  missingSpeakers: number;
  boilerplateLines: number;
  boilerplateLeaked: number;
  bodyWords: number;
  wordsLost: number;
  /** Body words the parser moved to a set-aside dateline ("PARIS (Reuters) -" split off its paragraph): listed in
   *  the article's JSON for the reference date, not in the text a reader sees; counted apart from words lost. */
  wordsInDatelines: number;
  captions: number;
  captionsFound: number;
  /** Caption blocks that are no caption of the annotation (a body line shown as a photo caption). */
  falseCaptions: number;
  /** null while the parser makes no heading blocks: the measure is skipped, not counted as all missed. */
  headings: number | null;
  headingsFound: number | null;
  /** Heading blocks that are no heading of the annotation (a body line, a teaser or a byline shown as a heading). */
  falseHeadings: number | null;
  dates: number;
  datesFound: number;
  dateValuesRight: number;
}

export interface ArticleScore {
  article: string;
  counts: Counts;
  failures: Failure[];
}

/** Scores one article. `parsed` is null when the parser refused the text (`problem` says why). */
export function scoreArticle(
  article: string,
  gold: Gold,
  articleText: string,
  parsed: ParsedView | null,
  options: { measureHeadings: boolean; problem?: string },
): ArticleScore {
  const view: ParsedView = parsed ?? { blocks: [], quotes: [], dates: [] };
  const failures: Failure[] = [];
  const fail = (kind: FailureKind, text: string, expected: string) => failures.push({ kind, article, text, expected });
  if (parsed === null) fail('parse failed', options.problem ?? 'the parser gave no article', 'an article');

  const quotes = scoreQuotes(gold, view, fail);
  const boilerplate = scoreBoilerplate(gold, articleText, view, fail);
  const words = scoreLostWords(gold, articleText, view, fail);
  const captions = scoreCaptions(gold, view, fail);
  const headings = options.measureHeadings ? scoreHeadings(gold, view, fail) : { headings: null, headingsFound: null, falseHeadings: null };
  const dates = scoreDates(gold, view, fail);
  return { article, counts: { ...quotes, ...boilerplate, ...words, ...captions, ...headings, ...dates }, failures };
}

type Fail = (kind: FailureKind, text: string, expected: string) => void;

// ---------------------------------------------------------------------------------------------------------------
// Quotes

/** Quote marks of every kind, and the spaces French typography puts inside them, are not part of the words. */
const QUOTE_MARKS = /[«»“”„‟"‹›]/g;
const APOSTROPHES = /[’‘ʼ`´]/g;
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;
/** Below this share of the longer text in common, two quotes are different quotes. */
const OVERLAP_FOR_A_MATCH = 0.8;

/** The words of a quote for comparison: "« C’est fini. »" and "C'est fini" are the same quote. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTE_MARKS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/^[\s.,;:…]+/u, '');
}

/** The longest run of characters the two texts share, as a share of the longer one. */
export function quoteOverlap(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // A common run can't exceed the shorter text: skip the quadratic work when the answer can only be "no".
  if (Math.min(a.length, b.length) < OVERLAP_FOR_A_MATCH * longer) return Math.min(a.length, b.length) / longer;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0;
      current[j] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best / longer;
}

/** Pairs gold and predicted quotes one to one: equal texts first, then the largest overlaps of at least 80 %. */
export function matchQuotes(gold: readonly string[], predicted: readonly string[]): [number, number][] {
  const goldText = gold.map(normaliseQuote);
  const predictedText = predicted.map(normaliseQuote);
  const pairs: [number, number][] = [];
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const take = (g: number, p: number) => {
    pairs.push([g, p]);
    goldUsed.add(g);
    predictedUsed.add(p);
  };
  goldText.forEach((g, gi) => {
    const pi = predictedText.findIndex((p, index) => !predictedUsed.has(index) && p === g);
    if (pi >= 0) take(gi, pi);
  });
  const candidates: { g: number; p: number; overlap: number }[] = [];
  goldText.forEach((g, gi) => {
    if (goldUsed.has(gi)) return;
    predictedText.forEach((p, pi) => {
      if (predictedUsed.has(pi)) return;
      const overlap = quoteOverlap(g, p);
      if (overlap >= OVERLAP_FOR_A_MATCH) candidates.push({ g: gi, p: pi, overlap });
    });
  });
  candidates.sort((x, y) => y.overlap - x.overlap || x.g - y.g || x.p - y.p);
  for (const { g, p } of candidates) if (!goldUsed.has(g) && !predictedUsed.has(p)) take(g, p);
  return pairs.sort((x, y) => x[0] - y[0]);
}

function scoreQuotes(gold: Gold, view: ParsedView, fail: Fail) {
  const pairs = matchQuotes(
    gold.quotes.map((quote) => quote.text),
    view.quotes.map((quote) => quote.text),
  );
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  const notQuotes = new Set(gold.notQuotes.map(normaliseQuote));
  let scareQuotes = 0;
  let speakersRight = 0;
  let wrongSpeakers = 0;
  let missingSpeakers = 0;

  gold.quotes.forEach((quote, index) => {
    if (!matchedGold.has(index)) fail('missed quote', quote.text, `quote of ${quote.speaker ?? 'no certain speaker'}`);
  });
  view.quotes.forEach((quote, index) => {
    if (matchedPredicted.has(index)) return;
    if (notQuotes.has(normaliseQuote(quote.text))) {
      scareQuotes += 1;
      fail('scare-quote', quote.text, 'not a quote (scare quote, term or title)');
    } else fail('false quote', quote.text, 'no quote here');
  });
  for (const [g, p] of pairs) {
    const goldQuote = gold.quotes[g];
    const predicted = view.quotes[p];
    if (!goldQuote || !predicted) continue;
    const verdict = speakerVerdict(goldQuote.speaker, predicted.speaker);
    if (verdict === 'right') speakersRight += 1;
    else if (verdict === 'missing') {
      missingSpeakers += 1;
      fail('missing speaker', predicted.text, `speaker ${goldQuote.speaker ?? 'null'}`);
    } else {
      wrongSpeakers += 1;
      fail('wrong speaker', `${predicted.text} — given to ${predicted.speaker?.name ?? 'no one'}`, `speaker ${goldQuote.speaker ?? 'null (not certain)'}`);
    }
  }
  return {
    goldQuotes: gold.quotes.length,
    predictedQuotes: view.quotes.length,
    matchedQuotes: pairs.length,
    scareQuotes,
    speakersRight,
    wrongSpeakers,
    missingSpeakers,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Speakers

/** Titles a text puts before a name: "M. Peskov" is Peskov. */
const TITLES = /^(?:m\.|mm\.|mme|mmes|mlle|dr|pr|me|mgr)\s+/u;
/** "l’Élysée" and "Élysée" name the same body; "sa famille" and "la famille" the same people. */
const DETERMINERS = /^(?:le|la|les|sa|son|ses)\s+|^l'/u;

/** Case and spacing aside, a speaker's name as compared: accents kept, titles and a leading article dropped. */
export function normaliseSpeaker(name: string): string {
  let text = name.normalize('NFC').toLocaleLowerCase('fr').replace(APOSTROPHES, "'").replace(/\s+/gu, ' ').trim();
  text = text.replace(DETERMINERS, '').replace(TITLES, '').trim();
  return text;
}

export type SpeakerVerdict = 'right' | 'wrong' | 'missing';

/**
 * Whether the parser named the speaker the annotation gives. A surname alone is right for a full name ending with
 * it ("Macron" for "Emmanuel Macron"), and so are the annotation's words followed by more of the text's; a name where
 * the annotation has none is wrong: that is a reader misled.
 */
export function speakerVerdict(gold: string | null, predicted: PredictedSpeaker | null): SpeakerVerdict {
  if (gold === null) return predicted === null ? 'right' : 'wrong';
  if (predicted === null) return 'missing';
  const goldName = normaliseSpeaker(gold);
  const names = [predicted.name, predicted.asWritten].filter((name): name is string => name !== null).map(normaliseSpeaker);
  // The words of an unnamed speaker may run on ("un témoin interrogé par le journal" for "un témoin"): same speaker.
  const same = (name: string) => name === goldName || goldName.endsWith(` ${name}`) || name.startsWith(`${goldName} `);
  return names.some((name) => name !== '' && same(name)) ? 'right' : 'wrong';
}

// ---------------------------------------------------------------------------------------------------------------
// Words: clutter in the body, body words lost

/** Words as compared: letters and digits, lower case. Punctuation and spacing repairs do not count as changes. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('fr').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many times `needle`'s words appear as a run of `haystack`'s words. */
function runCount(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return 0;
  let count = 0;
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((word, k) => haystack[i + k] === word)) count += 1;
  return count;
}

/** Lines this short ("Partager", "Publicité") leak only as a block of their own: inside prose they are just words. */
const SHORT_LINE_WORDS = 3;

function scoreBoilerplate(gold: Gold, articleText: string, view: ParsedView, fail: Fail) {
  const bodyBlocks = view.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'heading').map((block) => wordsOf(block.text));
  const goldBody = goldBodyLines(gold, articleText).map(wordsOf);
  const occurrences = (words: string[], texts: string[][]) =>
    texts.reduce((sum, text) => sum + (words.length <= SHORT_LINE_WORDS ? Number(text.join(' ') === words.join(' ')) : runCount(text, words)), 0);
  let leaked = 0;
  const lines = [...new Set(gold.boilerplate)];
  for (const line of lines) {
    const words = wordsOf(line);
    // A pull quote repeats a paragraph: it leaks only when the body holds it more often than the article does.
    if (words.length > 0 && occurrences(words, bodyBlocks) > occurrences(words, goldBody)) {
      leaked += 1;
      fail('leaked boilerplate line', line, 'set aside, not in the body');
    }
  }
  return { boilerplateLines: lines.length, boilerplateLeaked: leaked };
}

function scoreLostWords(gold: Gold, articleText: string, view: ParsedView, fail: Fail) {
  const blocks = view.blocks.map((block) => wordsOf(block.text));
  const available = new Map<string, number>();
  for (const block of blocks) for (const word of block) available.set(word, (available.get(word) ?? 0) + 1);
  const lines = goldBodyLines(gold, articleText);
  const missing: { line: string; lost: string[] }[] = [];
  let bodyWords = 0;
  // Lines found whole in a block take their words first; the others then take what is left, word by word.
  const whole = lines.map((line) => {
    const words = wordsOf(line);
    bodyWords += words.length;
    return blocks.some((block) => runCount(block, words) > 0);
  });
  lines.forEach((line, index) => {
    if (whole[index]) for (const word of wordsOf(line)) available.set(word, (available.get(word) ?? 0) - 1);
  });
  lines.forEach((line, index) => {
    if (whole[index]) return;
    const lost: string[] = [];
    for (const word of wordsOf(line)) {
      const left = available.get(word) ?? 0;
      if (left > 0) available.set(word, left - 1);
      else lost.push(word);
    }
    if (lost.length > 0) missing.push({ line, lost });
  });
  // Words the parser moved to a dateline it set aside are not gone from the article, only from its text.
  const datelineWords = new Map<string, number>();
  for (const entry of view.setAside ?? []) {
    if (entry.reason === 'dateline') for (const word of wordsOf(entry.text)) datelineWords.set(word, (datelineWords.get(word) ?? 0) + 1);
  }
  let wordsLost = 0;
  let wordsInDatelines = 0;
  for (const { line, lost } of missing) {
    const moved: string[] = [];
    const gone: string[] = [];
    for (const word of lost) {
      const left = datelineWords.get(word) ?? 0;
      if (left > 0) {
        datelineWords.set(word, left - 1);
        moved.push(word);
      } else gone.push(word);
    }
    wordsLost += gone.length;
    wordsInDatelines += moved.length;
    if (gone.length > 0) fail('lost words', gone.join(' '), `in the body: ${line}`);
    if (moved.length > 0) fail('words moved to a dateline', moved.join(' '), `in the body: ${line}`);
  }
  return { bodyWords, wordsLost, wordsInDatelines };
}

// ---------------------------------------------------------------------------------------------------------------
// Captions, headings, dates

function scoreCaptions(gold: Gold, view: ParsedView, fail: Fail) {
  const captionBlocks = view.blocks.filter((block) => block.kind === 'caption').map((block) => wordsOf(block.text));
  const lines = [...new Set(gold.captions)];
  let found = 0;
  for (const line of lines) {
    const words = wordsOf(line);
    // The parser keeps the caption without its "PHOTO :" label and credit: its words are a run of the line's.
    if (captionBlocks.some((block) => block.length > 0 && runCount(words, block) > 0)) found += 1;
    else fail('missed caption', line, 'a caption');
  }
  const goldWords = lines.map(wordsOf);
  let falseCaptions = 0;
  view.blocks.forEach((block) => {
    if (block.kind !== 'caption') return;
    const words = wordsOf(block.text);
    if (words.length > 0 && !goldWords.some((line) => runCount(line, words) > 0)) {
      falseCaptions += 1;
      fail('false caption', block.text, 'not a caption');
    }
  });
  return { captions: lines.length, captionsFound: found, falseCaptions };
}

function scoreHeadings(gold: Gold, view: ParsedView, fail: Fail) {
  const headingBlocks = view.blocks.filter((block) => block.kind === 'heading').map((block) => wordsOf(block.text).join(' '));
  const lines = [...new Set(gold.headings)];
  let found = 0;
  for (const line of lines) {
    if (headingBlocks.includes(wordsOf(line).join(' '))) found += 1;
    else fail('missed heading', line, 'a heading');
  }
  const goldHeadings = new Set(lines.map((line) => wordsOf(line).join(' ')));
  let falseHeadings = 0;
  view.blocks.forEach((block) => {
    if (block.kind === 'heading' && !goldHeadings.has(wordsOf(block.text).join(' '))) {
      falseHeadings += 1;
      fail('false heading', block.text, 'not a heading');
    }
  });
  return { headings: lines.length, headingsFound: found, falseHeadings };
}

function scoreDates(gold: Gold, view: ParsedView, fail: Fail) {
  let found = 0;
  let valueRight = 0;
  const used = new Set<number>();
  for (const date of gold.dates) {
    const words = wordsOf(date.text).join(' ');
    const index = view.dates.findIndex((mention, i) => {
      if (used.has(i)) return false;
      const predicted = wordsOf(mention.text).join(' ');
      return predicted === words || (predicted !== '' && (words.includes(predicted) || predicted.includes(words)));
    });
    const mention = view.dates[index];
    if (!mention) {
      fail('missed date', date.text, `a date, value ${date.value ?? 'null'}`);
      continue;
    }
    used.add(index);
    found += 1;
    if (mention.value === date.value) valueRight += 1;
    else fail('wrong date value', `${mention.text} → ${mention.value ?? 'null'}`, `value ${date.value ?? 'null'}`);
  }
  return { dates: gold.dates.length, datesFound: found, dateValuesRight: valueRight };
}

// ---------------------------------------------------------------------------------------------------------------
// Totals

export function addCounts(scores: readonly Counts[]): Counts {
  const total: Counts = {
    goldQuotes: 0, predictedQuotes: 0, matchedQuotes: 0, scareQuotes: 0, speakersRight: 0, wrongSpeakers: 0,
    missingSpeakers: 0, boilerplateLines: 0, boilerplateLeaked: 0, bodyWords: 0, wordsLost: 0, wordsInDatelines: 0, captions: 0,
    captionsFound: 0, falseCaptions: 0, headings: null, headingsFound: null, falseHeadings: null, dates: 0, datesFound: 0, dateValuesRight: 0,
  };
  for (const counts of scores) {
    for (const key of Object.keys(total) as (keyof Counts)[]) {
      const value = counts[key];
      if (value === null) continue;
      total[key] = (total[key] ?? 0) + value;
    }
  }
  return total;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Over matched quotes. */
  speakersRight: number | null;
}

export function rates(counts: Counts): Rates {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const precision = ratio(counts.matchedQuotes, counts.predictedQuotes);
  const recall = ratio(counts.matchedQuotes, counts.goldQuotes);
  // 2PR/(P+R) written with counts, so that an article where the parser found nothing scores 0, not "n/a".
  const f1 = ratio(2 * counts.matchedQuotes, counts.goldQuotes + counts.predictedQuotes);
  return { precision, recall, f1, speakersRight: ratio(counts.speakersRight, counts.matchedQuotes) };
}
