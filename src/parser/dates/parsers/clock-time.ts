// "à 14 h 30", "14h30", "vers 9 heures", "à midi": a time of the day the passage tells (or of the publication).
// "pendant trois heures" and "en 24 heures" are durations: without minutes, an hour needs "à", "vers", "dès"…
import { FIRST, NOT_AFTER_WORD, SP, alternation, datePattern, lower } from '../patterns';
import type { DateParser } from '../reading';

/** "plus de 4 heures", "entre 2 et 4 heures" are durations: "de", "et", "entre" are not cues. */
const TIME_CUES = ['à', 'vers', 'dès', 'avant', 'après', 'jusqu’à', 'peu avant', 'peu après', 'aux alentours de', 'autour de'];

export const clockTime: DateParser = {
  rule: 'fr/clock-time',
  cue: /\d\s*h|midi|minuit/,
  pattern: datePattern(
    `${FIRST('0-9aàvdjpe')}${NOT_AFTER_WORD}(?:(?<cue>${alternation(TIME_CUES)})${SP})?(?<clock>(?<noon>midi|minuit)|(?<hour>[0-2]?\\d)(?:${SP})?(?:h|heures?)(?:(?:${SP})?(?<minute>[0-5]\\d))?)(?![\\p{L}\\p{N}])`,
  ),
  extract(match) {
    const { cue, noon, hour, minute, clock } = match.groups ?? {};
    // The cue ("à", "vers") stays outside the mention; "vers" comes back as the modifier around.
    const start = match.index + match[0].length - (clock ?? '').length;
    if (cue === undefined && minute === undefined) return null;
    // "à midi", "vers minuit": the clock's twelve o'clock.
    if (noon !== undefined) {
      return { reading: { kind: 'offset', unit: 'day', amount: 0, direction: 0, origin: 'passage' }, time: { hour: lower(noon) === 'midi' ? 12 : 0, minute: 0 }, start };
    }
    const hours = Number(hour);
    if (hours > 24) return null;
    return {
      reading: { kind: 'offset', unit: 'day', amount: 0, direction: 0, origin: 'passage' },
      time: { hour: hours % 24, minute: minute === undefined ? 0 : Number(minute) },
      start,
    };
  },
};
