// The cues that say someone spoke ("a déclaré", "», explique-t-il", "selon"), as patterns derived from the lexicon.
import { ATTRIBUTION_PREPOSITION, SPEECH_ADVERBS, SPEECH_AUXILIARIES, SPEECH_VERBS } from '../lexicon/fr/speech-verbs';
import { alternation, NOT_AFTER_WORD, NOT_BEFORE_WORD } from '../text-patterns';

/** The inverted subject of "a-t-il déclaré", "ont-elles ajouté", "dit-il", "explique-t-elle". */
const INVERTED_PRONOUN = String.raw`-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on)`;

const PARTICIPLES = alternation(SPEECH_VERBS.map((verb) => verb.participle));
const PRESENTS = alternation(SPEECH_VERBS.flatMap((verb) => (verb.present === null ? [] : [verb.present])));

const AUXILIARY_CUE =
  `(?<aux>${alternation(SPEECH_AUXILIARIES)})(?<inverted>${INVERTED_PRONOUN})?` +
  `(?:[\\s\\u00A0]+(?:${alternation(SPEECH_ADVERBS)})){0,2}[\\s\\u00A0]+(?<participle>${PARTICIPLES})`;

/** "X a déclaré (dans un communiqué) que …« quote »" or "…, selon X, …« quote »": the last one before the quote wins. */
export const CUE_BEFORE_QUOTE = new RegExp(
  `${NOT_AFTER_WORD}(?:${AUXILIARY_CUE}|(?<selon>${ATTRIBUTION_PREPOSITION}))${NOT_BEFORE_WORD}`,
  'giu',
);

/** "« quote », a déclaré X", "”, a-t-il ajouté", "», explique Biden", "”, selon X": right after the closing mark. */
export const CUE_AFTER_QUOTE = new RegExp(
  `^[\\s\\u00A0\\u202F,—–-]*(?:${AUXILIARY_CUE}|(?<present>${PRESENTS})(?<presentInverted>${INVERTED_PRONOUN})?|(?<selon>${ATTRIBUTION_PREPOSITION}))${NOT_BEFORE_WORD}`,
  'iu',
);
