// "Joe Biden : « … »", "Un habitant : « … »", "Il est catégorique : « … »": a colon after the speaker, no verb of
// saying. When the words before the colon name no one ("Le message est clair : « … »"), the rule does not apply.
import { ANNOUNCEMENT_NOUNS } from '../../lexicon/fr/speaker-words';
import { alternation } from '../../text-patterns';
import type { AttributionRule } from './reference';
import { readSubject } from './sentence-subject';

/** A possessive and a noun of what one says or wants, then "est/sont clair(e)s" or the like, before the colon. */
const POSSESSIVE_ANNOUNCEMENT = new RegExp(
  `(?:^|[\\s\\u00A0,])((?:son|sa|ses)[\\s\\u00A0]+(?:${alternation(ANNOUNCEMENT_NOUNS)}))[\\s\\u00A0]+(?:est|sont|était|étaient|reste|restent|semble|semblent)[\\s\\u00A0]+(?:claire?s?|simples?|limpides?|nette?s?|connue?s?|sans ambiguïté)[\\s\\u00A0]*$`,
  'iu',
);
/** Words, then a colon right before the quote. */
const COLON_BEFORE = /\p{L}[^:]*:[\s\u00A0]*$/u;

export const colonBeforeQuote: AttributionRule = {
  name: 'colon-before-quote',
  attribute({ before, isKnownName }) {
    if (!COLON_BEFORE.test(before)) return null;
    const clause = before.replace(/:[\s\u00A0]*$/u, '');
    const subject = readSubject(clause, { isKnownName });
    // "Sa cote grimpe et ses ambitions sont claires : « … »": what someone's words or aims are, announced.
    const possessive = POSSESSIVE_ANNOUNCEMENT.exec(clause);
    if (possessive) return { reference: { kind: 'possessor', words: possessive[1]!.toLowerCase() } };
    if (!subject || subject.kind === 'description' || subject.kind === 'unnamed') return null;
    return { reference: subject };
  },
};
