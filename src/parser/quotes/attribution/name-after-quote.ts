// "« … », poursuite Wim Vandeven, son compagnon", "« … », bougonne Paula Ferreira.": right after the closing mark,
// one lowercase word and a person's full name. The word is a verb of saying the lexicon lacks (or misspelt), the
// name its inverted subject: French puts nothing else between a quote's comma and a name.
import { FUNCTION_WORDS } from '../../lexicon/fr/function-words';
import { nameRunAt } from '../../people/name-runs';
import { DETERMINER_SET } from '../../people/name-words';
import { personName } from '../../people/person-name';
import { normalizeWord, wordSet } from '../../text-patterns';
import type { AttributionRule } from './reference';

/** ", verb Firstname Lastname" right after the closing mark. */
const WORD_THEN_CAPITAL = /^[\s\u00A0\u202F]*,[\s\u00A0]*(\p{Ll}[\p{L}\p{M}’'-]+)[\s\u00A0]+(?=\p{Lu})/u;
/** The name ends its clause: an apposition, the sentence's end, or another quote follows. */
const NAME_ENDS_CLAUSE = /^[\s\u00A0]*(?:[,.;:!?…«“"]|$)/u;
/** "« Le Chant du loup », réalisé par …", "signé Jean Dupont": a participle names who made a work, not who spoke. */
const PARTICIPLE = /(?:ée?s?|ie?s?|ue?s?|ise?s?)$/u;
const NOT_VERBS = wordSet([...FUNCTION_WORDS, 'puis', 'ajoutant', 'notamment', 'comme', 'soit', 'voire']);

export const nameAfterQuote: AttributionRule = {
  name: 'name-after-quote',
  attribute({ text, close, isKnownName }) {
    if (close >= text.length) return null;
    const after = text.slice(close + 1, close + 1 + 80);
    const cue = WORD_THEN_CAPITAL.exec(after);
    const verb = cue?.[1];
    if (!cue || !verb || NOT_VERBS.has(normalizeWord(verb)) || DETERMINER_SET.has(normalizeWord(verb)) || PARTICIPLE.test(verb)) return null;
    const run = nameRunAt(text, close + 1 + cue[0].length);
    const name = run ? personName(run.words, isKnownName, 2) : null;
    if (!run || !name || !NAME_ENDS_CLAUSE.test(text.slice(run.end, run.end + 4))) return null;
    return { reference: { kind: 'name', name, asWritten: name }, cueAfter: true };
  },
};
