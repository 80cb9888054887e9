// Finds who a quote is attributed to, in the quote's own sentence, by trying the attribution rules in order.
import type { People } from '../people/cast';
import { SENTENCE_END } from '../text-patterns';
import type { AttributionRule, QuoteInSentence, SpeakerReference } from './attribution/quote-in-sentence';
import { selonBeforeQuote } from './attribution/selon-before-quote';
import { ATTRIBUTION_AFTER_CHARS } from './attribution/speaker-phrase';
import { verbAfterQuote } from './attribution/verb-after-quote';
import { verbBeforeQuote } from './attribution/verb-before-quote';
import { CUE_BEFORE_QUOTE } from './speech-cues';

/** In order: a cue right after the closing mark is the quote's own attribution ("« … », a déclaré X") even when
 *  the sentence had a verb before it (that verb introduced the sentence, often another quote). Before the quote,
 *  the last cue wins, whether "selon" or a verb. */
const ATTRIBUTION_RULES: readonly AttributionRule[] = [verbAfterQuote, selonBeforeQuote, verbBeforeQuote];

/** How far before the opening mark the parser looks for "X a déclaré que". Reported speech rarely puts more than
 *  this between the verb and the quote; bounding it keeps each quote's cost constant however long the paragraph
 *  is (a 1 MB line of quotes stays linear). */
const ATTRIBUTION_BEFORE_CHARS = 300;

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
      if (SENTENCE_END.test(text[position - 1] ?? '') && /[\s\u00A0]/u.test(text[position] ?? '')) {
        this.sentenceStarts.push(position);
      }
    }
    const cues = new RegExp(CUE_BEFORE_QUOTE.source, CUE_BEFORE_QUOTE.flags);
    for (let cue = cues.exec(text); cue; cue = cues.exec(text)) this.cues.push(cue);
  }

  /** The speaker reference of the quote whose marks are at `open` and `close`, or null when nothing in its
   *  sentence says that someone said it (then the quote marks only hold a term at arm's length). */
  attribute(open: number, close: number): SpeakerReference | null {
    const quote = this.situate(open, close);
    for (const rule of ATTRIBUTION_RULES) {
      const reference = rule(quote);
      if (reference) return reference;
    }
    return null;
  }

  /** What the rules see of the quote at `open`…`close`. */
  situate(open: number, close: number): QuoteInSentence {
    const sentenceStart = this.findSentenceStart(open);
    return {
      text: this.text,
      open,
      close,
      sentenceStart,
      after: this.text.slice(close + 1, close + 1 + ATTRIBUTION_AFTER_CHARS),
      cueBefore: this.lastCueBetween(sentenceStart, open),
      people: this.people,
    };
  }

  /** The start of the sentence that holds `index`, looking back at most ATTRIBUTION_BEFORE_CHARS. */
  private findSentenceStart(index: number): number {
    const limit = Math.max(0, index - ATTRIBUTION_BEFORE_CHARS);
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
