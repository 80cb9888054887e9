// "« … », a déclaré X", "», poursuit la ministre", "”, a-t-il ajouté", "», se demande X", "», selon X", "», comme
// le décrit le journal": the verb comes right after the quote, the speaker after the verb (or in its pronoun).
// French news puts most attributions of direct speech here.
import { CUE_AFTER_QUOTE, invertedPronounOf } from '../speech-cues';
import { INFINITIVE_BEFORE_QUOTE } from './infinitive-before-quote';
import type { AttributionRule } from './reference';
import { readSubject } from './sentence-subject';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';

/** The verb and its speaker follow the closing mark within this many characters. */
export const AFTER_QUOTE_CHARS = 160;
/** "a affirmé qu’il …": the quote is in the complement of the verb. */
const REPORTED_SPEECH = /(?:^|[\s\u00A0])qu(?:e[\s\u00A0]|[’'])/iu;

export const verbAfterQuote: AttributionRule = {
  name: 'verb-after-quote',
  attribute({ text, close, before, cueBefore, isKnownName }) {
    if (close >= text.length) return null;
    const cue = CUE_AFTER_QUOTE.exec(text.slice(close + 1, close + 1 + AFTER_QUOTE_CHARS));
    if (!cue) return null;
    const groups = cue.groups ?? {};
    // "« On n’a rien vu venir. » Selon la police, X a quitté les lieux.": a capital after the closing mark, with no
    // comma between, opens the next sentence; "selon" there attributes what follows, not the quote.
    if (groups['selon'] && /^[\s\u00A0\u202F]*\p{Lu}/u.test(cue[0])) return null;
    // "Valls a affirmé qu’il ne serait « pas le chef … », selon des participants": with a verb of saying before
    // the quote, "selon" names who reported it, not who said it.
    const verbBefore = groups['selon'] ? cueBefore : null;
    const reported = verbBefore && !verbBefore.groups['selon'] && !verbBefore.groups['pour'] &&
      REPORTED_SPEECH.test(before.slice(verbBefore.index + verbBefore.words.length));
    // "… pour lui dire qu’il avait « un sérieux problème », selon la presse": the same with an infinitive.
    if (reported || (groups['selon'] && INFINITIVE_BEFORE_QUOTE.test(before.slice(-80)))) return null;
    const pronoun = invertedPronounOf(groups);
    if (pronoun) return { reference: { kind: 'pronoun', words: pronoun }, cueAfter: true };
    const phrase = readSpeakerNounPhrase(text, close + 1 + cue[0].length, { isKnownName, afterVerb: true });
    if (phrase) return { reference: phrase, cueAfter: true };
    // "», selon ce texte": someone is cited, but not a speaker the text names.
    if (groups['selon']) return { reference: { kind: 'unknown' }, cueAfter: true };
    // "« … », a déclaré à la presse." names no one after the verb: the sentence's subject if it is someone (not
    // "Une mission française s’est rendue …"), or the last speaker.
    const subject = readSubject(before, { isKnownName });
    const someone = subject && subject.kind !== 'description' && subject.kind !== 'anonymous';
    return { reference: someone ? subject : { kind: 'unnamed' }, cueAfter: true };
  },
};
