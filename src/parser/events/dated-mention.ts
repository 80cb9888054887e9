// What the events pass reads of a date mention: where it is, and what the date engine resolved it to.
import type { DateMention } from '../article';

export type DatedMention = Pick<DateMention, 'text' | 'blockId' | 'start' | 'end' | 'value' | 'precision' | 'mod'>;
