// The people pass: collects the cast of the article (the people it names and the roles it ties to them) over the
// whole text before any quote is attributed, because a text often names "le porte-parole" a paragraph later.
import type { ParseContext } from '../context';
import { People } from './cast';

/** Captions name people too ("Le président Joe Biden, à droite"); related headlines are other stories. */
export function collectPeople(context: ParseContext): void {
  const described = context.blocks.flatMap((block) => (block.kind === 'related' ? [] : [{ id: block.id, text: block.text }]));
  context.people = People.collect(described);
}
