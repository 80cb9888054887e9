// The people of the model: everyone a quote is credited to, once, with the role the text gives them and their
// quotes, in the order they are first quoted. Ids are slugs of the name, unique in the article.
import type { ArticlePerson, Quote } from '../article';
import { slugify } from '../ids/block-id';
import type { People } from './cast';

export function peopleOfQuotes(quotes: readonly Quote[], cast: People): ArticlePerson[] {
  const people = new Map<string, ArticlePerson>();
  const ids = new Set<string>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker) continue;
    let person = people.get(speaker.name);
    if (!person) {
      const slug = slugify(speaker.name) || 'personne';
      let id = slug;
      for (let count = 2; ids.has(id); count++) id = `${slug}-${count}`;
      ids.add(id);
      person = { id, name: speaker.name, role: cast.roleOf(speaker.name), quoteIds: [] };
      people.set(speaker.name, person);
    }
    // "le porte-parole" for Nasser al Shammari: the role the text gave when it pointed to them by it.
    if (person.role === null && speaker.via === 'role' && speaker.asWritten !== speaker.name) person.role = speaker.asWritten;
    person.quoteIds.push(quote.id);
  }
  return [...people.values()];
}
