// Finds who a quote is attributed to, in the quote's own sentence: "X a déclaré que « … »", "« … », a déclaré X",
// "…, selon X, … “…”". Returns how the text refers to the speaker; resolving that to a person is the cast's job.
import { isInsideName, type People } from './find-people';
import { findNameRuns, normalizeWord, type NameRun } from './name-runs';
import { RULES } from './rules';

export type SpeakerReference =
  | { kind: 'name'; name: string }
  | { kind: 'role'; role: string; words: string }
  | { kind: 'pronoun'; words: string }
  | { kind: 'words'; words: string };

/**
 * Reads the attributions of one paragraph. Sentence starts and "a déclaré"/"selon" cues are found once for the
 * whole paragraph; each quote then costs two binary searches and a look at the few words after it, so a
 * paragraph of tens of thousands of quote marks stays linear.
 */
export class QuoteAttributor {
  private readonly sentenceStarts: number[] = [];
  private readonly cues: RegExpExecArray[] = [];

  constructor(
    private readonly text: string,
    private readonly people: People,
  ) {
    for (let position = 1; position < text.length; position++) {
      if (RULES.sentenceEnd.test(text[position - 1] ?? '') && /[\s\u00A0]/u.test(text[position] ?? '')) {
        this.sentenceStarts.push(position);
      }
    }
    const cues = new RegExp(RULES.cueBeforeQuote.source, RULES.cueBeforeQuote.flags);
    for (let cue = cues.exec(text); cue; cue = cues.exec(text)) this.cues.push(cue);
  }

  /** The speaker reference of the quote whose marks are at `open` and `close`, or null when nothing in its
   *  sentence says that someone said it (then the quote marks only hold a term at arm's length). */
  attribute(open: number, close: number): SpeakerReference | null {
    const text = this.text;
    const sentenceStart = this.findSentenceStart(open);
    const before = () => text.slice(sentenceStart, open);

    const after = text.slice(close + 1, close + 1 + RULES.attributionAfterChars);
    const cueAfter = RULES.cueAfterQuote.exec(after);
    if (cueAfter) {
      const groups = cueAfter.groups ?? {};
      const inverted = groups['inverted'] ?? groups['presentInverted'];
      if (inverted) return { kind: 'pronoun', words: inverted.replace(/^-(?:t-)?/u, '') };
      const reference = readPhrase(speakerPhrase(after.slice(cueAfter[0].length)), this.people);
      if (reference) return reference;
      // "« … », a déclaré à la presse." names no one after the verb: the sentence's subject, or the last speaker.
      return readSubject(before(), this.people) ?? { kind: 'pronoun', words: '' };
    }

    const cueBefore = this.lastCueBetween(sentenceStart, open);
    if (!cueBefore) return null;
    const groups = cueBefore.groups ?? {};
    if (groups['selon']) {
      const phrase = speakerPhrase(text.slice(cueBefore.index + cueBefore[0].length, open)).split(',')[0] ?? '';
      return readPhrase(phrase, this.people) ?? { kind: 'pronoun', words: '' };
    }
    const inverted = groups['inverted'];
    if (inverted) return { kind: 'pronoun', words: inverted.replace(/^-(?:t-)?/u, '') };
    return readSubject(text.slice(sentenceStart, cueBefore.index), this.people) ?? { kind: 'pronoun', words: '' };
  }

  /** The start of the sentence that holds `index`, looking back at most attributionBeforeChars. */
  private findSentenceStart(index: number): number {
    const limit = Math.max(0, index - RULES.attributionBeforeChars);
    const start = this.sentenceStarts[lastIndexBelow(this.sentenceStarts, index, (position) => position)];
    return start !== undefined && start > limit ? start : limit;
  }

  /** The last "a déclaré" or "selon" that lies wholly between `from` and `to`. */
  private lastCueBetween(from: number, to: number): RegExpExecArray | null {
    let index = lastIndexBelow(this.cues, to, (cue) => cue.index);
    for (; index >= 0; index--) {
      const cue = this.cues[index];
      if (!cue || cue.index < from) return null;
      if (cue.index + cue[0].length <= to) return cue;
    }
    return null;
  }
}

/** The index of the last item whose position is below `limit` (items sorted by position), or -1. */
function lastIndexBelow<T>(items: readonly T[], limit: number, position: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (position(items[middle] as T) < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The words after a cue, up to the end of the sentence: "le porte-parole, Nasser al Shammari". */
function speakerPhrase(text: string): string {
  const bounded = text.slice(0, RULES.attributionAfterChars);
  const end = RULES.speakerPhraseEnd.exec(bounded);
  return end ? bounded.slice(0, end.index) : bounded;
}

/** The person a phrase after a verb (or after "selon") refers to: its first name, role or pronoun. */
function readPhrase(phrase: string, people: People): SpeakerReference | null {
  const firstWord = /^[\s\u00A0,]*([\p{L}\p{M}’']+)/u.exec(phrase)?.[1];
  if (firstWord && RULES.pronouns.has(normalizeWord(firstWord))) return { kind: 'pronoun', words: firstWord.toLowerCase() };
  const reference = firstReference(phrase, people);
  if (reference) return reference;
  const words = phrase.split(',')[0]?.trim().split(/[\s\u00A0]+/u).slice(0, 6).join(' ') ?? '';
  return RULES.hasWordCharacter.test(words) ? { kind: 'words', words } : null;
}

/**
 * The subject before "a déclaré". Split at commas: when the verb follows a comma, the commas framed an aside
 * ("Le président, lors d’une rencontre avec …, a déclaré") and the subject is the first part that refers to
 * someone; otherwise it is the part right before the verb ("Dans un communiqué, Joe Biden a déclaré").
 */
function readSubject(subject: string, people: People): SpeakerReference | null {
  const parts = subject.split(',');
  const lastPart = parts[parts.length - 1] ?? '';
  if (lastPart.trim() !== '') {
    const lastWord = /([\p{L}\p{M}’']+)[\s\u00A0]*$/u.exec(lastPart)?.[1];
    if (lastWord && RULES.pronouns.has(normalizeWord(lastWord))) return { kind: 'pronoun', words: lastWord.toLowerCase() };
    const reference = firstReference(lastPart, people, true);
    if (reference) return reference;
  } else {
    for (const part of parts) {
      const reference = firstReference(part, people, false);
      if (reference) return reference;
    }
  }
  // "Il a écrit … et a dit « … »": the pronoun that opens the sentence is the subject of both verbs.
  const firstWord = /^[\s\u00A0]*([\p{L}\p{M}’']+)/u.exec(subject)?.[1];
  if (firstWord && RULES.pronouns.has(normalizeWord(firstWord))) return { kind: 'pronoun', words: firstWord.toLowerCase() };
  const words = lastPart.trim().split(/[\s\u00A0]+/u).slice(-6).join(' ');
  return RULES.hasWordCharacter.test(words) ? { kind: 'words', words: lowerFirst(words) } : null;
}

/** The first name (not preceded by an article) or role in `part`; a role followed by the name it introduces
 *  gives that name. With `preferLastName`, the name nearest the end wins over an earlier role or name. */
function firstReference(part: string, people: People, preferLastName = false): SpeakerReference | null {
  const names = findNameRuns(part).filter((run) => !run.determined);
  const roles = [...part.matchAll(RULES.role)].filter((role) => !isInsideName(part, role.index));
  const role = roles[0];
  const firstName: NameRun | undefined = names[0];
  const lastName: NameRun | undefined = names[names.length - 1];

  if (role && (!firstName || role.index < firstName.start)) {
    const named = people.nameAfterRole(part, role.index + role[0].length);
    if (named) return { kind: 'name', name: named.name };
    if (preferLastName && lastName && lastName.start > role.index) return { kind: 'name', name: lastName.name };
    return { kind: 'role', role: role[0], words: roleWords(part, role.index, role.index + role[0].length) };
  }
  const chosen = preferLastName ? lastName : firstName;
  return chosen ? { kind: 'name', name: chosen.name } : null;
}

/** The role with its article, as the text says it: "le porte-parole", "la maire", "plusieurs responsables". */
function roleWords(text: string, start: number, end: number): string {
  const previous = /([\p{L}’']+)[\s\u00A0]*$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '';
  const article = RULES.determiners.has(normalizeWord(previous)) || /^(?:plusieurs|quelques|certains|certaines|deux|trois)$/iu.test(previous);
  const words = (article ? `${previous}${previous.endsWith('’') || previous.endsWith("'") ? '' : ' '}` : '') + text.slice(start, end);
  return lowerFirst(words.replace(/[\s\u00A0]+/gu, ' '));
}

/** "Le porte-parole" → "le porte-parole" inside a sentence; a name keeps its capital. */
function lowerFirst(words: string): string {
  const first = /^[\p{L}’']+/u.exec(words)?.[0] ?? '';
  const common = RULES.nameStopwords.has(normalizeWord(first)) || RULES.elision.test(first);
  return common ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
