// Finds the runs of capitalised words that may name a person ("Président Joe Biden" → "Joe Biden").
import { HYPHENATED_NAME_PARTICLES } from '../lexicon/fr/name-particles';
import { CAPITAL, codeTest, normalizeWord } from '../text-patterns';
import { DETERMINER_SET, ELISION, NAME_MAX_WORDS, NAME_PARTICLE_SET, NAME_RUN, NAME_STOPWORDS } from './name-words';
import { joinParticleSurname, joinParticleSurnames } from './particle-surname';

/** Read-only: the runs of a text are remembered and shared by every caller (the type says so; freezing each of an
 *  article's thousands of runs cost more than finding some of them). */
export interface NameRun {
  /** Offsets of the name (without the dropped leading words) in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  /** The words as one string, with single spaces. */
  readonly name: string;
  /** Lowercase form used to compare names: "Mustafa Al-Kadhimi" and "Mustafa al-Kadhimi" are one person. */
  readonly key: string;
  /** Preceded by an article ("le Mouvement Nujaba", "la Maison Blanche"): a thing or a group, not a person. */
  readonly determined: boolean;
}

const stickyNameRun = new RegExp(NAME_RUN.source, 'yu');
/** Elided pronouns and negation ("m’", "n’", "j’", "s’", "t’") come before verbs, never names: written with a
 *  capital inside a run, they begin a name ("M’jid El Guerrab", "N’Golo Kanté"). */
const PERSONAL_ELISION = /^[MNJST][’'][\p{L}]/u;

/** A text read again soon after (a caption printed twice, a sentence its rules read twice) is remembered. The quotes
 *  pass gets each paragraph's runs from the cast (People.nameRunsOf), so a few texts are enough: a longer memory only
 *  kept more runs alive for the garbage collector to copy. The runs are read-only for their callers. */
const RUNS_REMEMBERED = 64;
const runsOfText = new Map<string, readonly NameRun[]>();

export function findNameRuns(text: string): readonly NameRun[] {
  const remembered = runsOfText.get(text);
  if (remembered) return remembered;
  const runs: NameRun[] = [];
  for (let at = nextRunStart(text, 0); at >= 0;) {
    stickyNameRun.lastIndex = at;
    const match = stickyNameRun.exec(text);
    if (match === null) {
      at = nextRunStart(text, at + 1);
      continue;
    }
    const run = trimRun(text, at, match[0]);
    if (run) runs.push(run);
    at = nextRunStart(text, at + match[0].length);
  }
  const joined = joinParticleSurnames(text, runs);
  if (runsOfText.size >= RUNS_REMEMBERED) runsOfText.clear();
  runsOfText.set(text, joined);
  return joined;
}

/** The particles a run may open with in lower case ("al-Kadhimi"), by their first letter. */
const PARTICLES_BY_FIRST_LETTER = new Map<number, string[]>();
for (const particle of HYPHENATED_NAME_PARTICLES) {
  const first = particle.charCodeAt(0);
  PARTICLES_BY_FIRST_LETTER.set(first, [...(PARTICLES_BY_FIRST_LETTER.get(first) ?? []), `${particle}-`]);
}
const OPENS_A_PARTICLE = new Uint8Array(128);
for (const first of PARTICLES_BY_FIRST_LETTER.keys()) OPENS_A_PARTICLE[first] = 1;
const HYPHEN = 45;
const PARTICLE_LENGTHS = [...new Set(HYPHENATED_NAME_PARTICLES.map((particle) => particle.length))];

function hyphenAfterParticle(text: string, index: number): boolean {
  for (const length of PARTICLE_LENGTHS) if (text.charCodeAt(index + length) === HYPHEN) return true;
  return false;
}
const UPPERCASE_LETTER = /^\p{Lu}$/u;
const isCapital = codeTest(UPPERCASE_LETTER);

/**
 * The first place from `from` where a run may start, as its pattern opens: a capital, or a hyphenated particle
 * ("al-Kadhimi"); -1 when there is none. A loop on character codes: the pattern's own search tries its opening
 * at every character of the text, and runs are found in every block of the article.
 */
function nextRunStart(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 65 && code <= 90) return index;
      // A particle is followed by its hyphen: the hyphen is looked for before the particles.
      if (
        OPENS_A_PARTICLE[code] === 1 &&
        hyphenAfterParticle(text, index) &&
        (PARTICLES_BY_FIRST_LETTER.get(code) ?? []).some((particle) => text.startsWith(particle, index))
      ) {
        return index;
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // A letter outside the Basic Multilingual Plane ("𝐀"): its two code units are one character.
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (UPPERCASE_LETTER.test(text.slice(index, index + 2))) return index;
        index += 1;
      }
      continue;
    }
    if (isCapital(code)) return index;
  }
  return -1;
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
  // The lowered form of the word the leading loop stopped at (a name's first word): asked again below.
  let firstLower: string | null = null;
  while (first < words.length) {
    const word = words[first];
    if (!word) break;
    // "M’jid", "N’Golo": a capital before the apostrophe and a letter after is a name, not "m’" or "n’" elided.
    const elision = !hasApostrophe(word.text) || PERSONAL_ELISION.test(word.text) ? null : ELISION.exec(word.text);
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
    if (!NAME_STOPWORDS.has(lower) && !NAME_PARTICLE_SET.has(lower)) {
      firstLower = lower;
      break;
    }
    before = lower;
    first += 1;
  }
  let last = words.length - 1;
  // "Bruno Le Maire", "Jean-Yves Le Drian": a capitalised "Le" inside a name starts a surname, even one that is
  // also a role word.
  const surnameWithArticle = last >= first + 2 && /^(?:Le|La)$/u.test(words[last - 1]?.text ?? '');
  while (!surnameWithArticle && last >= first && NAME_STOPWORDS.has(last === first && firstLower !== null ? firstLower : normalizeWord(words[last]?.text ?? ''))) last -= 1;

  const kept = words.slice(first, last + 1);
  const head = kept[0];
  const tail = kept[kept.length - 1];
  if (!head || !tail || kept.length > NAME_MAX_WORDS) return null;
  before ??= previousWord(text, head.start);
  const texts = kept.map((word) => word.text);
  const name = texts.length === 1 ? head.text : texts.join(' ');
  return {
    start: head.start,
    end: tail.start + tail.text.length,
    words: texts,
    name,
    // The words are parted by single spaces already: nameKey's spacing has nothing to do.
    key: texts.length === 1 && firstLower !== null ? firstLower : normalizeWord(name),
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
  while (start > 0 && end - start < 24 && isWordLetter(text.charCodeAt(start - 1), text[start - 1] ?? '')) start -= 1;
  return start === end ? null : normalizeWord(text.slice(start, end));
}

function hasApostrophe(word: string): boolean {
  return word.includes('’') || word.includes("'");
}

const LETTER_MARK_OR_APOSTROPHE = /[\p{L}\p{M}’']/u;

/** A letter, a mark or an apostrophe: ASCII by its code, the rest by the pattern. */
function isWordLetter(code: number, character: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39;
  return LETTER_MARK_OR_APOSTROPHE.test(character);
}
