// Runs the events pass over the context: the dates pass's mentions become the article's proposed events.
import type { ParseContext } from '../context';
import { proposeEvents } from './propose-events';

export function proposeEventsOfArticle(context: ParseContext): void {
  context.events = proposeEvents(context.blocks, context.dates, context.ids);
}
