// "« J’ai laissé ma fille monter seule à cheval. » Habitante du quartier depuis vingt ans, Françoise est dévastée.":
// a feature opens on the words, then portrays who said them: an apposition, a comma, the person's name and a verb.
import { nameRunAt } from '../../people/name-runs';
import { personName } from '../../people/person-name';
import { WEEKDAYS } from '../../lexicon/fr/calendar';
import { DETERMINERS } from '../../lexicon/fr/determiners';
import { FUNCTION_WORDS } from '../../lexicon/fr/function-words';
import { PORTRAIT_VERBS } from '../../lexicon/fr/speaker-words';
import { alternation, normalizeWord, wordSet } from '../../text-patterns';
import type { AttributionRule } from './reference';

/** The portrait follows the closing mark at once, and fits in this many characters. */
const PORTRAIT_MAX_CHARS = 200;
/** "Habitante rue des Belles-feuilles …, " then the name: an apposition opens on a capitalised word, with no verb
 *  of its own and no other sentence in it. */
const APPOSITION_THEN_NAME = /^[\s\u00A0]*\p{Lu}\p{Ll}+(?:[\s\u00A0]+[^\s\u00A0,.;:!?«»“”"]+){0,14},[\s\u00A0]+(?=\p{Lu})/u;
/** The name is the subject of a verb that portrays a speaker: how they feel, or that they tell ("Françoise est
 *  dévastée", "Paul raconte", "Léa se souvient"); "Jean Dupont a été condamné" portrays no one who spoke. */
const VERB_AFTER = new RegExp(`^[\\s\\u00A0]+(?:${alternation(PORTRAIT_VERBS)})(?=[\\s\\u00A0,.])`, 'u');

const NOT_PORTRAITS = wordSet([...FUNCTION_WORDS, ...DETERMINERS, ...WEEKDAYS, 'hier', 'aujourd', 'demain', 'ici', 'là', 'alors', 'ensuite', 'puis']);

export const speakerPortrayedAfter: AttributionRule = {
  name: 'speaker-portrayed-after',
  attribute({ text, open, close, quoted, before, firstInParagraph, isKnownName }) {
    // Only a quote that opens its paragraph and ends a sentence of its own: the reader meets the words first.
    if (!firstInParagraph || open !== 0 || /\p{L}/u.test(before) || !/[.!?…]$/u.test(quoted.trimEnd())) return null;
    const after = text.slice(close + 1, close + 1 + PORTRAIT_MAX_CHARS);
    const apposition = APPOSITION_THEN_NAME.exec(after);
    const opener = normalizeWord(/\p{L}+/u.exec(after)?.[0] ?? '');
    // "Selon la police, X …", "Mardi, X …", "Cette nuit-là, X …": a circumstance, not a portrait.
    if (!apposition || NOT_PORTRAITS.has(opener)) return null;
    const at = close + 1 + apposition[0].length;
    const run = nameRunAt(text, at);
    const name = run ? personName(run.words, isKnownName) : null;
    if (!run || !name || !VERB_AFTER.test(text.slice(run.end, run.end + 20))) return null;
    return { reference: { kind: 'name', name, asWritten: name } };
  },
};
