// Which quotes the sidebar shows, and the words that count them: never more than the parser knows (it may have
// missed quotes, and it leaves a speaker out when the text does not make it certain).
import type { PageQuote } from '../../content/article-page';

/** Values of the speaker filter besides a person's id. Person ids are slugs, which never start with "*". */
export const EVERYONE = '*toutes';
export const UNATTRIBUTED = '*non-attribuees';

export interface SpeakerChoice {
  id: string;
  name: string;
  count: number;
}

/** Each speaker once, in the order they are first quoted, with how many quotes the parser credits them with. */
export function listSpeakers(quotes: readonly PageQuote[]): SpeakerChoice[] {
  const speakers = new Map<string, SpeakerChoice>();
  for (const { speaker } of quotes) {
    if (!speaker) continue;
    const known = speakers.get(speaker.id);
    if (known) known.count += 1;
    else speakers.set(speaker.id, { id: speaker.id, name: speaker.name, count: 1 });
  }
  return [...speakers.values()];
}

export function selectQuotes(quotes: readonly PageQuote[], selection: string): readonly PageQuote[] {
  if (selection === EVERYONE) return quotes;
  if (selection === UNATTRIBUTED) return quotes.filter((quote) => quote.speaker === null);
  return quotes.filter((quote) => quote.speaker?.id === selection);
}

/** "7 citations relevées dans le texte, dont 2 non attribuées": "relevées" because the parser may miss some. */
export function countQuotes(quotes: readonly PageQuote[]): string {
  const unattributed = quotes.filter((quote) => quote.speaker === null).length;
  const found = `${plural(quotes.length, 'citation relevée', 'citations relevées')} dans le texte`;
  if (unattributed === 0) return found;
  if (unattributed === quotes.length) return `${found}, ${quotes.length === 1 ? 'non attribuée' : 'aucune attribuée'}`;
  return `${found}, dont ${plural(unattributed, 'non attribuée', 'non attribuées')}`;
}

/** "3 citations de Joe Biden, sur 7", "2 citations non attribuées, sur 7". */
export function describeSelection(quotes: readonly PageQuote[], selection: string): string {
  const shown = selectQuotes(quotes, selection).length;
  const of = `sur ${quotes.length}`;
  if (selection === UNATTRIBUTED) return `${plural(shown, 'citation non attribuée', 'citations non attribuées')}, ${of}`;
  const name = quotes.find((quote) => quote.speaker?.id === selection)?.speaker?.name ?? '';
  return `${plural(shown, 'citation', 'citations')} de ${name}, ${of}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
