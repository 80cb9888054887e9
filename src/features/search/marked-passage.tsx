// A matching paragraph cut to the words around the first match, the searched words marked, as React text.

/** About two lines of a result: enough to recognise the passage. */
const PASSAGE_LENGTH = 220;

/** Lowercase, without accents: "Médiathèque" and "mediatheque" are the same word to a reader typing fast. */
function fold(character: string): string {
  return character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search's words as the passage is compared with them; Pagefind matches stems, so long words match by their start. */
export function searchStems(query: string): string[] {
  return [...new Set(Array.from(query.matchAll(/[\p{L}\p{N}]+/gu), ([word]) => [...word].map(fold).join('')))]
    .filter((word) => word.length >= 2)
    .map((word) => (word.length >= 6 ? word.slice(0, word.length - 2) : word));
}

export function MarkedPassage({ text, query }: { text: string; query: string }) {
  const stems = searchStems(query);
  const words = Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    marked: stems.some((stem) => [...match[0]].map(fold).join('').startsWith(stem)),
  }));
  const first = words.find((word) => word.marked);
  // Start a little before the first match, at a word, so the passage reads from a word's beginning.
  const from = first && first.end > PASSAGE_LENGTH ? (words.filter((word) => word.start <= first.start - 40).at(-1)?.start ?? 0) : 0;
  const to = Math.min(text.length, from + PASSAGE_LENGTH);
  const pieces: { text: string; marked: boolean }[] = [];
  let position = from;
  for (const word of words) {
    if (!word.marked || word.start < from || word.end > to) continue;
    if (word.start > position) pieces.push({ text: text.slice(position, word.start), marked: false });
    pieces.push({ text: text.slice(word.start, word.end), marked: true });
    position = word.end;
  }
  if (position < to) pieces.push({ text: text.slice(position, to), marked: false });
  return (
    <>
      {from > 0 && '… '}
      {pieces.map((piece, index) => (piece.marked ? <mark key={index} className="rounded-sm bg-highlight text-ink">{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
      {to < text.length && ' …'}
    </>
  );
}
