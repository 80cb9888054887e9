// The cues that say someone spoke ("a déclaré", "», explique-t-il", "se demande X", "selon", "d’après",
// "jugeant que"), as patterns derived from the lexicon. Each is run on a slice bounded by the quote's sentence.
import {
  ATTRIBUTION_POUR,
  ATTRIBUTION_PREPOSITIONS,
  REFLEXIVE_SPEECH_VERBS,
  SPEECH_ADVERBS,
  SPEECH_AUXILIARIES,
  SPEECH_VERBS,
} from '../lexicon/fr/speech-verbs';
import { alternation, loweredAtSameOffsets, NOT_AFTER_WORD, NOT_BEFORE_WORD, SPACES, wordOpeningScan } from '../text-patterns';

const SP = SPACES;

/** The inverted subject of "a-t-il déclaré", "ont-elles ajouté", "dit-il", "explique-t-elle". */
const INVERTED_PRONOUN = String.raw`-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on)`;

const VERBS = SPEECH_VERBS;
const PARTICIPLES = alternation([...new Set(VERBS.map((verb) => verb.participle))]);
const PRESENT_FORMS = VERBS.flatMap((verb) => (verb.present === null ? [] : [verb.present]));
/** "répètent les salariés", "estiment les journaux": the plural of each present form. */
const PLURAL_PRESENTS = PRESENT_FORMS.flatMap((present) => (present.includes(' ') ? [] : [pluralOf(present)]));
const PRESENTS = alternation([...new Set([...PRESENT_FORMS, ...PLURAL_PRESENTS])]);
/** "jugeant que", "estimant que", "en affirmant qu’": the participle hangs on the main clause's subject. */
const GERUND_FORMS = [...new Set(VERBS.flatMap((verb) => (verb.present === null || verb.present.includes(' ') ? [] : [gerundOf(verb.present)])))];
const GERUNDS = alternation(GERUND_FORMS);
const REFLEXIVES = alternation(REFLEXIVE_SPEECH_VERBS);
const ADVERBS = `(?:${SP}(?:${alternation(SPEECH_ADVERBS)})){0,2}`;

const AUXILIARY_CUE =
  `(?<aux>${alternation(SPEECH_AUXILIARIES)})(?<inverted>${INVERTED_PRONOUN})?${ADVERBS}${SP}(?<participle>${PARTICIPLES})`;
/** "s’est indigné", "s’est-elle félicitée", "se sont étonnés". */
const REFLEXIVE_PAST_CUE =
  `(?:s[’']est|se${SP}sont)(?<reflexiveInverted>${INVERTED_PRONOUN})?${ADVERBS}${SP}(?:${alternation(REFLEXIVE_SPEECH_VERBS.map(participleOf))})(?:e|s|es)?`;
/** "se demande", "s’interroge-t-il". */
const REFLEXIVE_PRESENT_CUE = `(?:se${SP}|s[’'])(?:${REFLEXIVES})(?<reflexivePresentInverted>${INVERTED_PRONOUN})?`;
const PRESENT_CUE = `(?<present>${PRESENTS})(?<presentInverted>${INVERTED_PRONOUN})?`;
/** "comme le décrit le journal", "comme l’a dit le ministre". */
const AS_CUE = `comme${SP}(?:le|l[’'])${SP}?(?:a${SP}(?:${PARTICIPLES})|(?:${PRESENTS}))`;
const ACCORDING_TO = `(?<selon>${alternation(ATTRIBUTION_PREPOSITIONS)})`;

/** A present verb is trusted before a quote when the quote (or a colon) comes right after it: "X renchérit, « … »",
 *  "Le site s’interroge : « … »", "X plaide pour une « … »" (the rules read the words before the opening mark, so "right after" is their end). With words between ("dénoncent un “effet d’annonce”"), the quote may be a term. */
const RIGHT_BEFORE_QUOTE = String.raw`[\s\u00A0]*:|[\s\u00A0]*,?[\s\u00A0]*(?:[«“"]|$)|[\s\u00A0]+(?:pour|à)[\s\u00A0]+(?:(?:une?|la|le|les|des)[\s\u00A0]+|l[’'])?[«“"]`;

/** Right after a closing mark: "», a déclaré X", "”, a-t-il ajouté", "», explique Biden", "», se demande X",
 *  "”, selon X", "», comme le décrit le journal", "», lui a répondu X" (to whom it was said comes first). */
export const CUE_AFTER_QUOTE = new RegExp(
  `^[\\s\\u00A0\\u202F,—–-]*(?:(?:lui|leur)${SP})?(?:${AUXILIARY_CUE}|${REFLEXIVE_PAST_CUE}|${REFLEXIVE_PRESENT_CUE}|${PRESENT_CUE}|${AS_CUE}|${ACCORDING_TO})${NOT_BEFORE_WORD}`,
  'iu',
);

/** Before a quote, in its sentence: "X a déclaré (…) que « … »", "X explique (toutefois) que « … »", "X s’est indigné :",
 *  "selon X, … « … »". The last one before the quote wins. A present verb is trusted only when "que" or a colon
 *  follows it: elsewhere most present forms are also nouns ("l’annonce de lundi", "une note"). */
export const CUE_BEFORE_QUOTE = new RegExp(
  `${NOT_AFTER_WORD}(?:${AUXILIARY_CUE}|${REFLEXIVE_PAST_CUE}|${REFLEXIVE_PRESENT_CUE}(?=${SP}(?:que|qu[’'])|${RIGHT_BEFORE_QUOTE})|${PRESENT_CUE}(?=${ADVERBS}${SP}(?:sur${SP}le${SP}fait${SP})?(?:que${NOT_BEFORE_WORD}|qu[’'])|${RIGHT_BEFORE_QUOTE})|(?:en${SP})?(?<gerund>${GERUNDS})(?=${SP}(?:que${NOT_BEFORE_WORD}|qu[’'])|[\\s\\u00A0]*:)|${ACCORDING_TO}|(?<pour>(?<=^|[.!?…,][\\s\\u00A0]*)${ATTRIBUTION_POUR}))${NOT_BEFORE_WORD}`,
  'giu',
);

/** CUE_BEFORE_QUOTE for a lowered copy of the text: the lexicon writes every cue in lower case, so the pattern need
 *  not be case-blind, which halves the parser's largest scan. */
export const LOWER_CUE_BEFORE_QUOTE = new RegExp(CUE_BEFORE_QUOTE.source, 'gu');

/** The cues before quotes of one text, found in order by `nextCue`: on its lowered copy when lowering keeps the
 *  offsets, else on the text with the case-blind pattern. */
export interface CueScan {
  text: string;
  lowered: string | null;
}

export function cueScan(text: string): CueScan {
  return { text, lowered: loweredAtSameOffsets(text) };
}

/** The first cue of the scan that starts at `from` or after. */
export function nextCue(scan: CueScan, from: number): RegExpExecArray | null {
  if (scan.lowered !== null) return nextLoweredCue(scan.lowered, from);
  CUE_BEFORE_QUOTE.lastIndex = from;
  const found = CUE_BEFORE_QUOTE.exec(scan.text);
  CUE_BEFORE_QUOTE.lastIndex = 0;
  return found;
}

/** Every first word of a cue before a quote, as CUE_BEFORE_QUOTE's alternatives open: an auxiliary, "s’" or "se",
 *  a present, "en" or a gerund, a preposition, "pour". */
const OPENING_WORDS = [
  ...SPEECH_AUXILIARIES, 's’', 'se', ...PRESENT_FORMS, ...PLURAL_PRESENTS, 'en', ...GERUND_FORMS, ...ATTRIBUTION_PREPOSITIONS,
  ATTRIBUTION_POUR,
];
/** LOWER_CUE_BEFORE_QUOTE's next match, tried only where a word opens like a cue: 2.5 times faster on a paragraph. */
const nextLoweredCue = wordOpeningScan(LOWER_CUE_BEFORE_QUOTE, OPENING_WORDS);

/** ", a-t-il affirmé." later in the quote's sentence: « … » des enseignements pour …, a-t-il affirmé. */
export const CUE_LATER_IN_SENTENCE = new RegExp(
  `,[\\s\\u00A0]*(?:${AUXILIARY_CUE}|${REFLEXIVE_PAST_CUE}|${REFLEXIVE_PRESENT_CUE}|${PRESENT_CUE})${NOT_BEFORE_WORD}`,
  'iu',
);

/** An incise inside the quote marks: « Nous vivons un traumatisme, commente X, secrétaire …. Nous pensions … ». */
export const INCISE_INSIDE_QUOTE = new RegExp(
  `,[\\s\\u00A0]*(?:${AUXILIARY_CUE}|${REFLEXIVE_PRESENT_CUE}|${PRESENT_CUE})${NOT_BEFORE_WORD}`,
  'giu',
);

/** "X, constate De Morgen." at the end of the sentence before a quote: a verb then its subject (checked by the
 *  rule: a capital or an article must follow, which the case-insensitive pattern cannot say). */
export const INVERTED_CUE_AT_END = new RegExp(
  `${NOT_AFTER_WORD}(?:${PRESENT_CUE}|${AUXILIARY_CUE})${SP}(?=[^\\s\\u00A0])`,
  'iu',
);

export function invertedPronounOf(groups: Record<string, string | undefined>): string | null {
  const inverted = groups['inverted'] ?? groups['presentInverted'] ?? groups['reflexiveInverted'] ?? groups['reflexivePresentInverted'];
  return inverted ? inverted.replace(/^-(?:t-)?/u, '').toLowerCase() : null;
}

/** "demande" → "demandé", "réjouit" → "réjoui", "plaint" → "plaint", "dit" → "dit". */
function participleOf(present: string): string {
  if (present.endsWith('e')) return `${present.slice(0, -1)}é`;
  if (present.endsWith('it') && present !== 'dit' && present !== 'plaint') return present.slice(0, -1);
  if (present === 'souvient') return 'souvenu';
  if (present === 'défend') return 'défendu';
  return present;
}

/** "répète" → "répètent", "dit" → "disent", "conclut" → "concluent". */
function pluralOf(present: string): string {
  const irregular: Record<string, string> = { dit: 'disent', écrit: 'écrivent', décrit: 'décrivent', conclut: 'concluent', reconnaît: 'reconnaissent', prévient: 'préviennent', répond: 'répondent', reprend: 'reprennent', admet: 'admettent', promet: 'promettent', poursuit: 'poursuivent', renchérit: 'renchérissent', avertit: 'avertissent', garantit: 'garantissent', dément: 'démentent' };
  if (irregular[present]) return irregular[present];
  return present.endsWith('e') ? `${present}nt` : `${present}ent`;
}

/** "juge" → "jugeant", "dit" → "disant", "répond" → "répondant". */
function gerundOf(present: string): string {
  const irregular: Record<string, string> = { dit: 'disant', écrit: 'écrivant', décrit: 'décrivant', conclut: 'concluant', reconnaît: 'reconnaissant', prévient: 'prévenant', répond: 'répondant', reprend: 'reprenant', admet: 'admettant', promet: 'promettant', poursuit: 'poursuivant', renchérit: 'renchérissant', avertit: 'avertissant', garantit: 'garantissant', dément: 'démentant', lance: 'lançant', prononce: 'prononçant', annonce: 'annonçant', dénonce: 'dénonçant', avance: 'avançant', nuance: 'nuançant', relativise: 'relativisant', balaie: 'balayant' };
  if (irregular[present]) return irregular[present];
  if (present.endsWith('ge')) return `${present}ant`;
  const stem = present.replace(/e$/u, '').replace(/è(?=[^aeiouyéè]+$)/u, 'é');
  return `${stem}ant`;
}
