// "X a déclaré que « … »", "a-t-il ajouté : « … »": the verb comes before the quote, and its subject (or its
// inverted pronoun) is the speaker.
import { invertedPronoun, UNNAMED_SPEAKER, type AttributionRule } from './quote-in-sentence';
import { readSubject } from './sentence-subject';

export const verbBeforeQuote: AttributionRule = ({ text, sentenceStart, cueBefore, people }) => {
  if (!cueBefore || cueBefore.groups?.['selon']) return null;
  const inverted = cueBefore.groups?.['inverted'];
  if (inverted) return invertedPronoun(inverted);
  return readSubject(text.slice(sentenceStart, cueBefore.index), people) ?? UNNAMED_SPEAKER;
};
