// Finds the runs of capitalised words that may name a person ("Président Joe Biden" → "Joe Biden").
import { CAPITAL, matchesOf, normalizeWord } from '../text-patterns';
import { DETERMINER_SET, ELISION, NAME_MAX_WORDS, NAME_PARTICLE_SET, NAME_RUN, NAME_STOPWORDS } from './name-words';
import { joinParticleSurname, joinParticleSurnames } from './particle-surname';

export interface NameRun {
  /** Offsets of the name (without the dropped leading words) in the scanned text. */
  start: number;
  end: number;
  words: string[];
  /** The words as one string, with single spaces. */
  name: string;
  /** Lowercase form used to compare names: "Mustafa Al-Kadhimi" and "Mustafa al-Kadhimi" are one person. */
  key: string;
  /** Preceded by an article ("le Mouvement Nujaba", "la Maison Blanche"): a thing or a group, not a person. */
  determined: boolean;
}

const stickyNameRun = new RegExp(NAME_RUN.source, 'yu');
/** Elided pronouns and negation ("m’", "n’", "j’", "s’", "t’") come before verbs, never names: written with a
 *  capital inside a run, they begin a name ("M’jid El Guerrab", "N’Golo Kanté"). */
const PERSONAL_ELISION = /^[MNJST][’'][\p{L}]/u;

/** The people pass and the quotes pass both read every paragraph's names: the second reading is remembered.
 *  Bounded, so a long archive build never grows it; the runs are read-only for their callers. */
const RUNS_REMEMBERED = 512;
const runsOfText = new Map<string, readonly NameRun[]>();

export function findNameRuns(text: string): readonly NameRun[] {
  const remembered = runsOfText.get(text);
  if (remembered) return remembered;
  const runs: NameRun[] = [];
  for (const match of matchesOf(NAME_RUN, text)) {
    const run = trimRun(text, match.index, match[0]);
    if (run) runs.push(Object.freeze(run));
  }
  const joined = joinParticleSurnames(text, runs);
  if (runsOfText.size >= RUNS_REMEMBERED) runsOfText.clear();
  runsOfText.set(text, joined);
  return joined;
}

/** The run that starts exactly at `index`, if any. */
export function nameRunAt(text: string, index: number): NameRun | null {
  stickyNameRun.lastIndex = index;
  const match = stickyNameRun.exec(text);
  const run = match ? trimRun(text, index, match[0]) : null;
  if (!run) return null;
  // The surname after "de" is the next run: read it only when the run ends on a first name.
  const surnameAt = /^[ \u00A0]+d[eu][ \u00A0]+(?=\p{Lu})/u.exec(text.slice(run.end, run.end + 5));
  if (!surnameAt) return run;
  stickyNameRun.lastIndex = run.end + surnameAt[0].length;
  const next = stickyNameRun.exec(text);
  return joinParticleSurname(text, run, next ? trimRun(text, next.index, next[0]) ?? undefined : undefined) ?? run;
}

export function nameKey(name: string): string {
  return normalizeWord(name.replace(/[\s\u00A0]+/gu, ' ').trim());
}

/** Drops the capitalised words that are not part of the name: "Le", "Président", "L’" of "L’Organisation". */
function trimRun(text: string, runStart: number, runText: string): NameRun | null {
  // Most runs are one capitalised word opening a sentence ("Le", "Dans", "Les"): no name, and nothing to build.
  if (!/[ \u00A0’']/u.test(runText)) {
    const lower = normalizeWord(runText);
    if (NAME_STOPWORDS.has(lower) || NAME_PARTICLE_SET.has(lower)) return null;
  }
  const words = runWords(runText, runStart);

  let before: string | null = null;
  let first = 0;
  while (first < words.length) {
    const word = words[first];
    if (!word) break;
    // "M’jid", "N’Golo": a capital before the apostrophe and a letter after is a name, not "m’" or "n’" elided.
    const elision = PERSONAL_ELISION.test(word.text) ? null : ELISION.exec(word.text);
    if (elision) {
      const rest = word.text.slice(elision[0].length);
      if (CAPITAL.test(rest) && !NAME_STOPWORDS.has(normalizeWord(rest))) {
        words[first] = { text: rest, start: word.start + elision[0].length };
        before = normalizeWord(elision[0]);
        break;
      }
      before = normalizeWord(rest);
      first += 1;
      continue;
    }
    const lower = normalizeWord(word.text);
    if (!NAME_STOPWORDS.has(lower) && !NAME_PARTICLE_SET.has(lower)) break;
    before = lower;
    first += 1;
  }
  let last = words.length - 1;
  // "Bruno Le Maire", "Jean-Yves Le Drian": a capitalised "Le" inside a name starts a surname, even one that is
  // also a role word.
  const surnameWithArticle = last >= first + 2 && /^(?:Le|La)$/u.test(words[last - 1]?.text ?? '');
  while (!surnameWithArticle && last >= first && NAME_STOPWORDS.has(normalizeWord(words[last]?.text ?? ''))) last -= 1;

  const kept = words.slice(first, last + 1);
  const head = kept[0];
  const tail = kept[kept.length - 1];
  if (!head || !tail || kept.length > NAME_MAX_WORDS) return null;
  before ??= previousWord(text, head.start);
  const name = kept.map((word) => word.text).join(' ');
  return {
    start: head.start,
    end: tail.start + tail.text.length,
    words: kept.map((word) => word.text),
    name,
    key: nameKey(name),
    determined: before !== null && DETERMINER_SET.has(before),
  };
}

/** The words of a run, split at its spaces (a run holds no other separator), with their offsets in the text. */
function runWords(runText: string, runStart: number): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  let start = -1;
  for (let index = 0; index <= runText.length; index++) {
    const code = index < runText.length ? runText.charCodeAt(index) : 32;
    if (code !== 32 && code !== 0xa0) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      words.push({ text: runText.slice(start, index), start: runStart + start });
      start = -1;
    }
  }
  return words;
}

/** The word right before `index` when only spaces separate them ("le" in "le Mouvement Nujaba"). A scan, not a
 *  regex: it runs once for every run of capitals in the article. */
function previousWord(text: string, index: number): string | null {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end -= 1;
  if (end === index) return null;
  let start = end;
  while (start > 0 && end - start < 24 && /[\p{L}\p{M}’']/u.test(text[start - 1] ?? '')) start -= 1;
  return start === end ? null : normalizeWord(text.slice(start, end));
}
