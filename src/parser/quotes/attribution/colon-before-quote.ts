// "Joe Biden : « … »", "Un habitant : « … »", "Il est catégorique : « … »": a colon after the speaker, no verb of
// saying. When the words before the colon name no one ("Le message est clair : « … »"), the rule does not apply.
import type { AttributionRule } from './reference';
import { readSubject } from './sentence-subject';

/** Words, then a colon right before the quote. */
const COLON_BEFORE = /\p{L}[^:]*:[\s\u00A0]*$/u;

export const colonBeforeQuote: AttributionRule = {
  name: 'colon-before-quote',
  attribute({ before, isKnownName }) {
    if (!COLON_BEFORE.test(before)) return null;
    const subject = readSubject(before.replace(/:[\s\u00A0]*$/u, ''), { isKnownName });
    if (!subject || subject.kind === 'description' || subject.kind === 'unnamed') return null;
    return { reference: subject };
  },
};
