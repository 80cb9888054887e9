// Reads the words that name a speaker, after a speech verb ("», a déclaré le porte-parole du Kremlin, Dmitri
// Peskov"), after "selon", or as the subject before a verb: a pronoun, a name (with or without "M."), a role and the
// name it introduces, an organisation ("l’Élysée", "le quotidien New York Post"), an anonymous source ("un
// responsable américain") or a description ("le frère de la plaignante"), each kept as the text says it.
import { COURTESY_TITLES } from '../../lexicon/fr/courtesy-titles';
import { THIRD_PERSON_PRONOUNS } from '../../lexicon/fr/pronouns';
import { ANONYMOUS_DETERMINERS, BEFORE_INVERTED_SUBJECT, ORGANISATION_NOUNS, PERSON_FEATURES, PHRASE_BREAKERS } from '../../lexicon/fr/speaker-words';
import { findNameRuns, nameRunAt } from '../../people/name-runs';
import { DETERMINER_SET } from '../../people/name-words';
import { personName } from '../../people/person-name';
import { nameAfterRole } from '../../people/role-ties';
import { ROLE } from '../../people/role-words';
import { CAPITAL, normalizeWord, WORD, wordSet } from '../../text-patterns';
import type { SpeakerReference } from './reference';

/** Pronouns that stand for a speaker: the third person ("il a ajouté", "a-t-elle dit", "selon lui"). */
export const SPEAKER_PRONOUNS = wordSet(THIRD_PERSON_PRONOUNS.map((pronoun) => pronoun.word));

export interface PhraseOptions {
  /** Single words the article knows as names. */
  isKnownName: (word: string) => boolean;
  /** After an inverted verb: skip "lundi soir", "encore", "à l’AFP", "de son côté" before the subject. */
  afterVerb?: boolean;
}
const SKIPPABLE = wordSet(BEFORE_INVERTED_SUBJECT);

/** A speaker's phrase is a few words: "une source proche de la défense", "les journaux du groupe SudPresse". */
const PHRASE_MAX_WORDS = 8;
const PHRASE_MAX_CHARS = 120;
const STARTS_WITH_WORD = new RegExp(`^[${WORD}]`, 'u');

const BREAKERS = wordSet(PHRASE_BREAKERS);
/** Adjectives that stand before their noun, as in papers' titles: "La Dernière heure", "Le Petit journal". */
const PRENOMINAL = wordSet(['dernier', 'dernière', 'derniers', 'dernières', 'nouveau', 'nouvel', 'nouvelle', 'petit', 'petite', 'grand', 'grande', 'premier', 'première', 'vieux', 'vieille', 'bon', 'bonne', 'beau', 'bel', 'belle', 'jeune']);
const FEATURES = wordSet(PERSON_FEATURES);
const DESCRIBED_BY = wordSet(['aux', 'au', 'à']);
const TITLES = wordSet(COURTESY_TITLES);
const ANONYMOUS = wordSet(ANONYMOUS_DETERMINERS);
const ORGANISATIONS = wordSet(ORGANISATION_NOUNS);
/** Complements that belong to the phrase: "le porte-parole du Kremlin", "une source proche de la défense". */
const OF = wordSet(['de', 'du', 'des', 'd’']);
const TOKEN = new RegExp(`[${WORD}]+(?:[’'\\-][${WORD}]+)*[’']?|[^\\s\\u00A0${WORD}]`, 'gu');
const ROLE_AT_START = new RegExp(`^(?:${ROLE.source})`, 'iu');
const DEMONSTRATIVES = wordSet(['ce', 'cet', 'cette', 'ces']);
const ADDRESSEE_PREPOSITIONS = wordSet(['à', 'au', 'aux', 'devant', 'auprès', 'face']);
/** The lowercase end of a body's name: "la République en marche", "le Parti socialiste", "la Banque centrale
 *  européenne". Only "en" + a word, or adjectives by their endings (a second one only of a nation or a region), so
 *  a time, a place or a verb after the name stays out ("le Petit journal rappelle"). */
const BODY_NAME_TAIL = `[ \\u00A0]+en[ \\u00A0]+\\p{Ll}[${WORD}]+|[ \\u00A0]+\\p{Ll}[${WORD}]{2,}(?:iste|ale?|aux|aire|ienne?|éenne?|ique|el|aise?|aine?)(?![${WORD}’'-])(?:[ \\u00A0]+\\p{Ll}[${WORD}]{2,}(?:ienne?|éenne?|aise?|aine?|ique|oise?)(?![${WORD}’'-]))?`;
/** The name of a body after its article: its capitalised words ("Élysée", "New York Post", "Avenir"). */
const BODY_NAME = new RegExp(`^\\p{Lu}[${WORD}]*(?:[’'\\-][${WORD}]+)*(?:[ \\u00A0]+\\p{Lu}[${WORD}]*(?:[’'\\-][${WORD}]+)*)*(?:${BODY_NAME_TAIL})?`, 'u');

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** The first words after `from`: a speaker's phrase, and what may stand before it, fit in this many. */
const TOKENS_MAX = 16;
const TOKEN_STICKY = new RegExp(`[\\s\\u00A0]*(${TOKEN.source})`, 'uy');

/** The first few words and marks after `from`, each read when it is first asked for: most phrases are decided by
 *  their first two or three words, and a reading is made for every quote's speaker. */
class Tokens {
  private readonly found: Token[] = [];
  private readonly end: number;
  private next: number;
  private finished = false;

  constructor(private readonly text: string, from: number) {
    this.end = Math.min(text.length, from + PHRASE_MAX_CHARS);
    this.next = from;
  }

  /** The token at `index` (0 is the first after `from`), or undefined past the last one. */
  at(index: number): Token | undefined {
    while (this.found.length <= index && !this.finished) this.readOne();
    return this.found[index];
  }

  private readOne(): void {
    if (this.found.length >= TOKENS_MAX || this.next >= this.end) {
      this.finished = true;
      return;
    }
    TOKEN_STICKY.lastIndex = this.next;
    const match = TOKEN_STICKY.exec(this.text);
    const word = match?.[1];
    const start = match && word !== undefined ? match.index + match[0].length - word.length : this.end;
    if (!match || word === undefined || start >= this.end) {
      this.finished = true;
      return;
    }
    this.next = TOKEN_STICKY.lastIndex;
    this.found.push({ text: word, lower: lowerWord(word), start, end: start + word.length });
  }
}

/** normalizeWord without a regex for the words that have no straight apostrophe (almost all). */
function lowerWord(word: string): string {
  return word.includes("'") ? normalizeWord(word) : word.toLowerCase();
}

/** Whether a speaker's phrase can start with this word: a capital, an article, a pronoun or a title. A cheap test
 *  that spares reading a phrase at every word of a clause. */
export function canStartPhrase(word: string): boolean {
  if (CAPITAL.test(word)) return true;
  const lower = lowerWord(word);
  return DETERMINER_SET.has(lower) || ANONYMOUS.has(lower) || SPEAKER_PRONOUNS.has(lower) || TITLES.has(lower) || /^l[’']/u.test(lower);
}

/**
 * The speaker named by the words starting at `from` in `text`, or null when they name no one (a place, a time,
 * a verb). Skips the spaces and commas in front.
 */
export function readSpeakerNounPhrase(text: string, from: number, options: PhraseOptions): SpeakerReference | null {
  const tokens = new Tokens(text, from);
  // The phrase's words start at `skip` among the tokens: `tokens.at(skip)` is its first.
  let skip = 0;
  while (tokens.at(skip)?.text === ',') skip += 1;
  if (options.afterVerb) {
    // "a déclaré lundi soir le ministre", "dit encore M. Mas".
    let skipped = 0;
    while (skipped < 6 && tokens.at(skip)) {
      const current = tokens.at(skip)!;
      const nextWord = tokens.at(skip + 1)?.lower ?? '';
      if (SKIPPABLE.has(current.lower) || (current.lower.endsWith('ment') && current.lower.length > 5 && !/^\p{Lu}/u.test(current.text))) {
        skip += 1;
      } else if ((current.lower === 'ce' || current.lower === 'cette') && SKIPPABLE.has(nextWord)) {
        skip += 1;
      } else if (current.lower === 'de' && nextWord === 'son' && tokens.at(skip + 2)?.lower === 'côté') {
        skip += 3;
      } else if (current.lower === 'pour' && (nextWord === 'sa' || nextWord === 'leur') && tokens.at(skip + 2)?.lower === 'part') {
        skip += 3;
      } else if ((current.lower === 'sur' || current.lower === 'dans') && tokens.at(skip + 1)) {
        // "a écrit sur X le maire", "a indiqué dans un communiqué le ministère": where it was said or written.
        const where = tokens.at(skip + 1)!;
        const skipping = /^\p{Lu}/u.test(where.text) ? 2 : DETERMINER_SET.has(where.lower) || ANONYMOUS.has(where.lower) ? 3 : 0;
        if (skipping === 0) break;
        skip += skipping;
      } else if (ADDRESSEE_PREPOSITIONS.has(current.lower) && tokens.at(skip + 1)) {
        // "a indiqué à l’AFP Emmanuel Lépine", "a indiqué devant quelques journalistes M. Gaymard": whom it was
        // said to comes before who said it.
        const target = tokens.at(skip + 1)!;
        const skipping = /^l[’']/iu.test(target.text) || /^\p{Lu}/u.test(target.text) ? 2
          : DETERMINER_SET.has(target.lower) || ANONYMOUS.has(target.lower) ? 3
            : current.lower === 'aux' ? 2 : 0;
        if (skipping === 0) break;
        skip += skipping;
      } else break;
      skipped += 1;
    }
  }
  const first = tokens.at(skip);
  if (!first) return null;
  // "-t-il" and "-elle" were read by the cue; here a pronoun is a whole word: "selon lui", "il a déclaré".
  if (SPEAKER_PRONOUNS.has(first.lower)) return { kind: 'pronoun', words: first.lower };

  // "M. Peskov", "Mme Lagarde", "Me Dupond-Moretti": the title is not part of the name.
  if (TITLES.has(first.lower) || (first.lower === 'm' && tokens.at(skip + 1)?.text === '.')) {
    let nameStart: Token | undefined;
    for (let index = 1; tokens.at(skip + index) !== undefined && nameStart === undefined; index++) {
      if (CAPITAL.test(tokens.at(skip + index)!.text)) nameStart = tokens.at(skip + index);
    }
    const run = nameStart ? nameRunAt(text, nameStart.start) : null;
    return run ? { kind: 'name', name: run.name, asWritten: text.slice(first.start, run.end) } : null;
  }

  if (CAPITAL.test(first.text) && !DETERMINER_SET.has(first.lower) && !ANONYMOUS.has(first.lower) && !/^l[’']/iu.test(first.text)) {
    const role = ROLE_AT_START.exec(text.slice(first.start, first.start + PHRASE_MAX_CHARS));
    if (!role) {
      const run = nameRunAt(text, first.start);
      // Right after an inverted verb, a lone capitalised word is its subject: "», écrit Koaci", "», glisse Zineb".
      const isKnownName = options.afterVerb ? (word: string) => !/^[\p{Lu}\d'’.-]{2,}$/u.test(word) || options.isKnownName(word) : options.isKnownName;
      const name = run && run.start === first.start ? personName(run.words, isKnownName) : null;
      if (name) return { kind: 'name', name, asWritten: name };
      // "…, constate De Morgen.", "», écrit Het Laatste Nieuws": capitalised words right after an inverted verb are
      // its subject even when they name no person: a paper, a body, a place that speaks for its government.
      const body = options.afterVerb ? BODY_NAME.exec(text.slice(first.start, first.start + PHRASE_MAX_CHARS)) : null;
      return body && !/^[\p{Lu}\d'’.-]+$/u.test(body[0]) ? { kind: 'organisation', name: body[0], words: body[0] } : null;
    }
  }

  const determiner = first;
  const isAnonymous = ANONYMOUS.has(determiner.lower);
  const isDefinite = DETERMINER_SET.has(determiner.lower) || /^l[’']/iu.test(determiner.text);
  const elided = /^l[’']/iu.test(determiner.text);
  if (!isAnonymous && !isDefinite && !ROLE_AT_START.test(text.slice(first.start, first.start + 40))) return null;

  // "l’Élysée", "Le Soir", "La Libre": an article glued to a name is a body, not a person.
  const headStart = elided ? determiner.start + 2 : isDefinite || isAnonymous ? (tokens.at(skip + 1)?.start ?? -1) : determiner.start;
  if (headStart < 0) return null;
  if (CAPITAL.test(text[headStart] ?? '') && !ROLE_AT_START.test(text.slice(headStart, headStart + 40))) {
    // The capitalised words of the body's name (a name run would refuse "Élysée" glued to "l’").
    const body = BODY_NAME.exec(text.slice(headStart, headStart + PHRASE_MAX_CHARS));
    if (body) {
      // "La Dernière heure", "Le Petit journal": a title ending on an adjective that stands before its noun goes on
      // with that noun in lower case.
      const lastWord = normalizeWord(/[\p{L}’'-]+$/u.exec(body[0])?.[0] ?? '');
      const noun = PRENOMINAL.has(lastWord) ? /^[\s\u00A0]+\p{Ll}[\p{L}-]{2,}(?=[\s\u00A0,.;:!?]|$)/u.exec(text.slice(headStart + body[0].length)) : null;
      const nounWord = noun ? normalizeWord(noun[0].trim()) : '';
      const nameEnd = headStart + body[0].length + (noun && !BREAKERS.has(nounWord) && !OF.has(nounWord) ? noun[0].length : 0);
      const words = text.slice(determiner.start, nameEnd);
      return { kind: 'organisation', name: words, words };
    }
  }

  const phraseEnd = endOfPhrase(text, headStart);
  const written = text.slice(determiner.start, phraseEnd).replace(/[\s\u00A0]+/gu, ' ').trim();
  if (!/[\p{L}]/u.test(written)) return null;
  const role = ROLE_AT_START.exec(text.slice(headStart, phraseEnd));
  if (role) {
    // "le porte-parole du Kremlin, Dmitri Peskov", "le procureur adjoint Daniel Alonzo": the name the role introduces.
    const named = nameAfterRole(text, headStart + role[0].length);
    if (named) return { kind: 'name', name: named.name, asWritten: text.slice(determiner.start, named.end) };
    // "le président de la SNCF Jean-Pierre Farandou", "le directeur général de l’OMS Tedros Adhanom Ghebreyesus":
    // the complement's acronym runs into the name.
    const complement = text.slice(headStart + role[0].length, phraseEnd + 40);
    const inside = findNameRuns(complement.slice(0, complement.search(/[,.;:!?«»"“”]|$/u))).find((run) => personName(run.words, options.isKnownName, 2) !== null);
    const insideName = inside ? personName(inside.words, options.isKnownName, 2) : null;
    if (insideName) return { kind: 'name', name: insideName, asWritten: written };
    if (isAnonymous) return { kind: 'anonymous', words: lowerFirst(written) };
    return { kind: 'role', role: role[0], words: lowerFirst(written) };
  }
  const head = normalizeWord(/^[\p{L}\p{M}’'-]+/u.exec(text.slice(headStart))?.[0] ?? '');
  if (ORGANISATIONS.has(head)) {
    // "le quotidien New York Post": the body is named right after the noun.
    const afterHead = headStart + head.length;
    const nameStart = /^[\s\u00A0]+(?=\p{Lu})/u.exec(text.slice(afterHead));
    const run = nameStart ? nameRunAt(text, afterHead + nameStart[0].length) : null;
    if (run) return { kind: 'organisation', name: run.name, words: text.slice(determiner.start, run.end) };
    // "le journal rappelle …": the noun alone, not the words after it.
    if (!isAnonymous) return { kind: 'organisation-noun', noun: head, words: lowerFirst(text.slice(determiner.start, afterHead)) };
  }
  // "l’économiste Marc Touati", "la chercheuse, Ana Costa": a noun the text gives a person, right before the name.
  const named = /^[\s\u00A0]*,?[\s\u00A0]+(?=\p{Lu})/u.exec(text.slice(headStart + head.length, headStart + head.length + 4));
  const run = named ? nameRunAt(text, headStart + head.length + named[0].length) : null;
  const name = run ? personName(run.words, options.isKnownName, 2) : null;
  if (run && name) return { kind: 'name', name, asWritten: text.slice(determiner.start, run.end) };
  if (isAnonymous) return { kind: 'anonymous', words: lowerFirst(written) };
  // "ce texte", "cette décision": a demonstrative points at a thing the sentence already named, not a speaker.
  if (DEMONSTRATIVES.has(determiner.lower)) return null;
  return { kind: 'description', words: lowerFirst(written) };
}

/** Where a speaker's phrase ends: at punctuation, at a word that starts another part of the sentence ("qui", "à",
 *  "dans", "lundi"), or after a few words. "de"/"du"/"des" complements stay in. */
export function endOfPhrase(text: string, from: number): number {
  let end = from;
  let count = 0;
  const found = new Tokens(text, from);
  for (let index = 0; found.at(index) !== undefined; index++) {
    const token = found.at(index)!;
    if (!STARTS_WITH_WORD.test(token.text)) break;
    // "une jeune fille aux traits fins", "un homme à la barbe grise": how the person looks belongs to the phrase.
    const looks = DESCRIBED_BY.has(token.lower) && (FEATURES.has(found.at(index + 1)?.lower ?? '') || (found.at(index + 1)?.lower === 'la' && FEATURES.has(found.at(index + 2)?.lower ?? '')));
    if (count > 0 && BREAKERS.has(token.lower) && !OF.has(token.lower) && !looks) break;
    if (/^d[’']/iu.test(token.text) && token.text.length > 2 && !CAPITAL.test(token.text.slice(2)) && count === 0) break;
    end = token.end;
    count += 1;
    if (count >= PHRASE_MAX_WORDS) break;
  }
  // A phrase never ends on "de", "du", "la": the words after were cut, keep the sense whole.
  const trimmed = text.slice(from, end).replace(/(?:[\s\u00A0]+(?:de|du|des|d[’']|la|le|les|l[’']))+$/iu, '');
  return from + trimmed.length;
}

/** "Le porte-parole" → "le porte-parole" inside a sentence; a name keeps its capital. */
function lowerFirst(words: string): string {
  const first = /^[\p{L}’']+/u.exec(words)?.[0] ?? '';
  return DETERMINER_SET.has(normalizeWord(first)) || ANONYMOUS.has(normalizeWord(first)) || /^l[’']/iu.test(first)
    ? words.charAt(0).toLowerCase() + words.slice(1)
    : words;
}
