// "« … », a déclaré X", "”, a-t-il ajouté", "», explique Biden", "”, selon X": the verb comes right after the quote,
// the speaker after the verb (or in the inverted pronoun). French puts most attributions of direct speech there.
import { CUE_AFTER_QUOTE } from '../speech-cues';
import { invertedPronoun, UNNAMED_SPEAKER, type AttributionRule } from './quote-in-sentence';
import { readSubject } from './sentence-subject';
import { readSpeakerPhrase, speakerPhrase } from './speaker-phrase';

export const verbAfterQuote: AttributionRule = ({ text, open, sentenceStart, after, people }) => {
  const cue = CUE_AFTER_QUOTE.exec(after);
  if (!cue) return null;
  const groups = cue.groups ?? {};
  const inverted = groups['inverted'] ?? groups['presentInverted'];
  if (inverted) return invertedPronoun(inverted);
  const reference = readSpeakerPhrase(speakerPhrase(after.slice(cue[0].length)), people);
  if (reference) return reference;
  // "« … », a déclaré à la presse." names no one after the verb: the sentence's subject, or the last speaker.
  return readSubject(text.slice(sentenceStart, open), people) ?? UNNAMED_SPEAKER;
};
