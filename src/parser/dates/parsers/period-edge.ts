// "d’ici la fin de l’année", "à la fin du mois", "en début d’année", "au début de l’année prochaine": the start,
// middle or end of a period around a date (mod start, mid, end; "d’ici" gives by: the value is the period itself).
import { SHIFT_WORDS } from '../../lexicon/fr/calendar';
import { APOSTROPHE, NOT_AFTER_WORD, NOT_BEFORE_WORD, SHIFT, SP, datePattern, lower, wordsBefore } from '../patterns';
import type { DateParser, Origin } from '../reading';

const EDGE_MODS = { fin: 'end', début: 'start', milieu: 'mid', mi: 'mid' } as const;
const UNITS = { année: 'year', an: 'year', mois: 'month', semaine: 'week' } as const;
/** "d’ici la", "à la", "en": read back from the edge word, where the pattern starts. */
const LEAD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<words>(?<by>d${APOSTROPHE}ici${SP}(?:à${SP})?)?(?:à${SP}la|au|en|dès${SP}la|dès${SP}le|la|le)${SP})$`, 'iu');

export const periodEdge: DateParser = {
  rule: 'fr/period-edge',
  cue: ['fin', 'début', 'milieu'],
  cueLead: 0,
  pattern: datePattern(
    `(?=fin|déb|mil)${NOT_AFTER_WORD}(?<edge>fin|début|milieu)${SP}(?:de${SP}l${APOSTROPHE}|d${APOSTROPHE}|du${SP}|de${SP}la${SP}|de${SP}cette${SP}|de${SP}ce${SP}|de${SP})` +
      `(?<unit>année|an|mois|semaine)(?:-(?<suffix>ci|là)|${SP}(?<shift>${SHIFT}|en${SP}cours))?${NOT_BEFORE_WORD}(?!-)(?!${SP}d(?:e${SP}|[’']))`,
  ),
  extract(match, text) {
    const lead = wordsBefore(text, match.index, LEAD_BEFORE, 24);
    const by = lead?.groups.by;
    const { edge, unit, suffix, shift } = match.groups ?? {};
    const key = lower(unit) as keyof typeof UNITS;
    if (key === 'an' && shift === undefined) return null;
    const shiftWord = lower(shift);
    const step = SHIFT_WORDS.get(shiftWord) ?? 0;
    let origin: Origin = 'passage';
    if (lower(suffix) === 'là' || /^(?:suivant|précédent)/u.test(shiftWord)) origin = 'narrative';
    else if (by !== undefined || step !== 0 || shiftWord === 'en cours') origin = 'publication';
    return {
      reading: { kind: 'period', unit: UNITS[key], shift: step, origin },
      mod: by === undefined ? EDGE_MODS[lower(edge) as keyof typeof EDGE_MODS] : 'by',
      ...(lead === null ? {} : { start: lead.start }),
    };
  },
};
