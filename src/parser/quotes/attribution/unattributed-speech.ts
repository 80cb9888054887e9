// Speech the text does not attribute for certain: a sentence of its own in quote marks, with no cue anywhere near.
// It is a quote (a reader sees it in the sidebar) without a speaker, never the nearest name.
import { looksLikeSpeech } from '../terms';
import type { AttributionRule } from './reference';

export const unattributedSpeech: AttributionRule = {
  name: 'unattributed-speech',
  attribute({ quoted, continued }) {
    return continued || looksLikeSpeech(quoted) ? { reference: { kind: 'unknown' } } : null;
  },
};
