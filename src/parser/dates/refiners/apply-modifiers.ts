// The words before a date that qualify it (TIMEX3 mod): "début mars" start, "mi-2021" mid, "fin 2021" end,
// "d’ici 2025" by, "depuis 2019" since, "vers 2010" around. The outer word wins: "d’ici fin 2021" is by 2021.
import { SP } from '../patterns';
import type { BlockRefiner, Candidate } from '../reading';
import type { DateModifier } from '../../article';

const EDGE = String.raw`(?:(?:à${SP}la|au|en|la|le|dès${SP}la|dès${SP}le)${SP})?(?<edge>début|fin|milieu|mi-|mi)(?:${SP}|(?<=-))(?:de${SP}|d[’']|du${SP}(?:mois${SP}(?:de${SP}|d[’']))?)?`;
const LEAD = String.raw`(?<lead>d[’']ici${SP}(?:à${SP})?(?:le${SP}|la${SP}|l[’'])?|depuis${SP}(?:le${SP}|l[’'])?|dès${SP}(?:le${SP}|l[’'])?|à${SP}partir${SP}d[eu’'](?:${SP})?|vers${SP}(?:le${SP}|la${SP}|l[’'])?|aux${SP}alentours${SP}d[eu’'](?:${SP})?|autour${SP}d[eu’'](?:${SP})?)`;
const BEFORE = new RegExp(`(?:^|[^\\p{L}])${LEAD}?(?:${EDGE})?$`, 'iu');
/** Every word a modifier needs (each lead and edge holds one): without any, BEFORE can only match empty, and is not run. */
const MODIFIER_WORD = /ici|depuis|dès|partir|vers|alentours|autour|début|fin|milieu|mi/iu;
const LOOK_BACK_CHARS = 48;

const EDGE_MODS: Readonly<Record<string, DateModifier>> = { début: 'start', fin: 'end', milieu: 'mid', 'mi-': 'mid', mi: 'mid' };

function leadMod(lead: string): DateModifier {
  const word = lead.toLowerCase();
  if (word.startsWith('d’ici') || word.startsWith("d'ici")) return 'by';
  if (word.startsWith('vers') || word.startsWith('aux') || word.startsWith('autour')) return 'around';
  return 'since';
}

export const applyModifiers: BlockRefiner = (candidates, text) =>
  candidates.map((candidate): Candidate => {
    if (candidate.mod !== null) return candidate;
    const before = text.slice(Math.max(0, candidate.start - LOOK_BACK_CHARS), candidate.start);
    if (!MODIFIER_WORD.test(before)) return candidate;
    const found = BEFORE.exec(before);
    if (found === null) return candidate;
    const { lead, edge } = found.groups ?? {};
    const mod = lead !== undefined ? leadMod(lead) : EDGE_MODS[(edge ?? '').toLowerCase()];
    if (mod === undefined) return candidate;
    // The edge words belong to the mention ("fin mars"); "depuis" and "d’ici" stay outside, as prepositions do.
    if (edge === undefined) return { ...candidate, mod };
    const edgeOffset = found.index + found[0].toLowerCase().lastIndexOf(edge.toLowerCase());
    return { ...candidate, start: candidate.start - before.length + edgeOffset, mod };
  });
