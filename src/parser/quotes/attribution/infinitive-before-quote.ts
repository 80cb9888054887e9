// "Deschamps préfère mettre en avant « … »", "il a appelé sa femme pour lui dire qu’il avait « un sérieux problème »",
// "Le ministre tient à rappeler que « … »": a verb of saying in the infinitive right before the quote, hanging on a
// verb whose subject is the speaker.
import { INFINITIVE_SPEECH_VERBS, PERCEPTION_VERBS } from '../../lexicon/fr/speech-verbs';
import { alternation } from '../../text-patterns';
import type { AttributionRule } from './reference';
import { readMainSubject } from './sentence-subject';

/** The infinitive (and what may follow it) at the end of the words before the opening mark. */
export const INFINITIVE_BEFORE_QUOTE = new RegExp(
  `(?:^|[\\s\\u00A0])(?:(?:à|de|pour)[\\s\\u00A0]+)?(?:(?:lui|leur|nous|vous|me|te)[\\s\\u00A0]+)?(?:${alternation(INFINITIVE_SPEECH_VERBS)})(?:[\\s\\u00A0]+(?:que|qui)[\\s\\u00A0]+(?:[\\p{Ll}’'-]+[\\s\\u00A0]+){0,3}|[\\s\\u00A0]*qu[’'](?:[\\p{Ll}’'-]+[\\s\\u00A0]+){0,3}|[\\s\\u00A0]*:)?[\\s\\u00A0]*$`,
  'u',
);

/** "pour lui dire qu’il avait", "préfère mettre en avant": the cue fits in the last characters before the mark. */
const TAIL_CHARS = 80;
/** How far before the infinitive its governing verb is looked at. */
const LEAD_CHARS = 60;
/** Verbs of perception: "entendu X dire", "vu X affirmer". */
const PERCEPTION = new RegExp(`(?:^|[\\s\\u00A0])(?:${alternation(PERCEPTION_VERBS)})(?:[\\s\\u00A0]|$)`, 'u');

export const infinitiveBeforeQuote: AttributionRule = {
  name: 'infinitive-before-quote',
  attribute({ before, isKnownName }) {
    // The infinitive and its "que" end the words before the quote: only their tail is read.
    const tailStart = Math.max(0, before.length - TAIL_CHARS);
    const found = INFINITIVE_BEFORE_QUOTE.exec(before.slice(tailStart));
    if (!found) return null;
    const cue = { index: tailStart + found.index, 0: found[0] };
    // "a entendu Boris Faure dire « … »": after a verb of perception, or after a name, the infinitive has its own
    // subject, the person heard or seen, and the text does not make it certain what they said.
    const lead = before.slice(Math.max(0, cue.index - LEAD_CHARS), cue.index);
    if (/\p{Lu}[\p{L}’'-]*[\s\u00A0]*$/u.test(lead) || PERCEPTION.test(lead)) return null;
    // "Le ministre tient à rappeler": the verb the infinitive hangs on is not part of its subject.
    const clause = before.slice(0, cue.index);
    const subjectWords = /^[\s\u00A0]*pour[\s\u00A0]/u.test(cue[0]) ? clause : clause.replace(/[\p{L}’'-]+[\s\u00A0]*$/u, '');
    const subject = readMainSubject(subjectWords, { isKnownName });
    if (!subject || subject.kind === 'description' || subject.kind === 'unnamed') return null;
    return { reference: subject };
  },
};
