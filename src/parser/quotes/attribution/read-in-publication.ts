// "« … » peut-on lire dans l’Observateur", "», lit-on sur Mediapart": the words are a publication's, named after
// "dans" or "sur". Press reviews quote papers this way.
import type { AttributionRule } from './reference';
import { readSpeakerNounPhrase } from './speaker-noun-phrase';

/** Right after the closing mark, the reader's "can read in": the publication follows. */
const READ_IN = /^[\s\u00A0\u202F,]*(?:(?:peut|pouvait|pourra)-on[\s\u00A0]+lire|lit-on|on[\s\u00A0]+(?:peut|pouvait)[\s\u00A0]+lire)[\s\u00A0]+(?:dans|sur)[\s\u00A0]+/iu;

export const readInPublication: AttributionRule = {
  name: 'read-in-publication',
  attribute({ text, close, isKnownName }) {
    if (close >= text.length) return null;
    const cue = READ_IN.exec(text.slice(close + 1, close + 1 + 40));
    if (!cue) return null;
    const phrase = readSpeakerNounPhrase(text, close + 1 + cue[0].length, { isKnownName, afterVerb: true });
    // A publication is a body: a name or "le quotidien …"; "dans un communiqué" names no one.
    if (phrase?.kind !== 'organisation' && phrase?.kind !== 'organisation-noun' && phrase?.kind !== 'name') return null;
    const reference = phrase.kind === 'name' ? { kind: 'organisation' as const, name: phrase.name, words: phrase.asWritten } : phrase;
    return { reference, cueAfter: true };
  },
};
