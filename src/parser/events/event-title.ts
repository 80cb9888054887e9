// An event's title: the sentence's own words, never reworded, cut at a word when the sentence is long.

/** About what a timeline entry shows on two lines; a sentence a little longer is kept whole rather than cut. */
const TITLE_CHARS = 100;
const WHOLE_SENTENCE_SLACK = 20;

export function eventTitle(sentence: string): string {
  if (sentence.length <= TITLE_CHARS + WHOLE_SENTENCE_SLACK) return sentence;
  const cut = sentence.slice(0, TITLE_CHARS + 1);
  const lastSpace = cut.search(/[\s\u00A0][^\s\u00A0]*$/u);
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : sentence.slice(0, TITLE_CHARS);
  return `${words.replace(/[\s\u00A0,;:«“(—–-]+$/u, '')}…`;
}
