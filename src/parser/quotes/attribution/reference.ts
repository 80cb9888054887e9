// What an attribution rule sees of one quote, and what it answers: how the text refers to the speaker, before the
// cast and the discourse say who that is (resolve-speaker.ts).

/** How the text refers to the speaker of a quote. */
export type SpeakerReference =
  /** "Joe Biden", "Biden", "M. Peskov" (asWritten keeps the title). */
  | { kind: 'name'; name: string; asWritten: string }
  /** "le porte-parole", "la ministre": the person the text tied to the role, or the role's words. */
  | { kind: 'role'; role: string; words: string }
  /** "il", "elle", "ils": the last person of that gender and number. */
  | { kind: 'pronoun'; words: string }
  /** "l’Élysée", "Le Soir", "le quotidien New York Post" (name: "New York Post"). */
  | { kind: 'organisation'; name: string; words: string }
  /** "le journal", "le quotidien": the body the text quoted last. */
  | { kind: 'organisation-noun'; noun: string; words: string }
  /** "un responsable américain", "une source proche de la défense": kept as the text says it. */
  | { kind: 'anonymous'; words: string }
  /** "le frère de la plaignante": a person described, not named. */
  | { kind: 'description'; words: string }
  /** "Ses ambitions sont claires : « … »": the person the possessive stands for, when the paragraph names only one. */
  | { kind: 'possessor'; words: string }
  /** A quote right after another, with no cue of its own: the same speaker goes on. */
  | { kind: 'previous-quote' }
  /** Someone spoke ("», a déclaré à la presse") but the words name no one: the last speaker, if recent. */
  | { kind: 'unnamed' }
  /** Speech whose speaker the text does not make certain. */
  | { kind: 'unknown' };

/** One quote of a paragraph, as the rules read it. Offsets are in `text`, the paragraph. */
export interface QuoteInSentence {
  text: string;
  /** The opening mark (-1 when the quote began in an earlier paragraph). */
  open: number;
  /** The closing mark (the paragraph's length when the quote goes on in the next paragraph). */
  close: number;
  /** The quoted words. */
  quoted: string;
  sentenceStart: number;
  /** Where the sentence before starts in this paragraph, or null when the quote's sentence opens the paragraph. */
  previousSentenceStart: number | null;
  /** The sentence before the quote (bounded), with the words of earlier quotes blanked: a verb's subject is never
   *  inside a quote. Offsets in it are offsets in `text` minus `beforeStart`. */
  before: string;
  beforeStart: number;
  /** The last cue before the quote in `before` ("a déclaré", "selon", "jugeant que"), found once per paragraph;
   *  its index is in `before`. */
  cueBefore: Cue | null;
  previousParagraph: string | null;
  /** The paragraph before ended on a quote (an interview goes on). */
  previousEndedWithQuote: boolean;
  /** A quote that is speech came earlier in this sentence or in the one before. */
  quoteJustBefore: boolean;
  /** This quote is the first of its paragraph. */
  firstInParagraph: boolean;
  /** Part of a quote that runs over several paragraphs. */
  continued: boolean;
  /** A body (a paper, an institution) was quoted a few paragraphs back at most: the text reviews what bodies say,
   *  and the capitalised subject of a sentence is likelier the next one than a person. */
  bodiesQuoted: boolean;
  /** Single words the article knows as names ("Biden" after "Joe Biden", "Zineb"). */
  isKnownName: (word: string) => boolean;
}

export interface Cue {
  index: number;
  words: string;
  groups: Readonly<Record<string, string | undefined>>;
}

export interface Attribution {
  reference: SpeakerReference;
  /** The attribution came right after the quote ("», a déclaré X"): a partial quote before it in the same sentence
   *  is said by the same person. */
  cueAfter?: boolean;
}

/** One way French text attributes a quote. Returns null when the quote is not attributed this way, so the next
 *  rule can try; a quote no rule attributes is not speech (a term, a title). */
export interface AttributionRule {
  name: string;
  attribute(quote: QuoteInSentence): Attribution | null;
}
