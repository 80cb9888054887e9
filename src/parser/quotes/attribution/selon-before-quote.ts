// "…, selon X, « … »": "selon" names the speaker without a verb; the name runs up to the next comma.
import { UNNAMED_SPEAKER, type AttributionRule } from './quote-in-sentence';
import { readSpeakerPhrase, speakerPhrase } from './speaker-phrase';

export const selonBeforeQuote: AttributionRule = ({ text, open, cueBefore, people }) => {
  if (!cueBefore?.groups?.['selon']) return null;
  const phrase = speakerPhrase(text.slice(cueBefore.index + cueBefore[0].length, open)).split(',')[0] ?? '';
  return readSpeakerPhrase(phrase, people) ?? UNNAMED_SPEAKER;
};
