// "dans le film 18 ans plus tard", "la série Demain nous appartient", "l’album 1999": a date or a duration right
// after the noun of a work is that work's title. It tells no time of the story, so it is no date mention.
import { WORK_NOUNS } from '../../lexicon/fr/naming-nouns';
import { alternation } from '../../text-patterns';
import { SP } from '../patterns';
import type { BlockRefiner } from '../reading';

/** The work's noun and only spaces before the mention: "le film 18 ans…" yes, "le film sorti lundi" no. */
const WORK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(WORK_NOUNS)})${SP}$`, 'iu');
/** A noun is a few letters: the slice read before each mention stays short. */
const LOOK_BACK_CHARS = 16;

export const dropTitlesOfWorks: BlockRefiner = (candidates, text) =>
  candidates.filter((candidate) => !WORK_BEFORE.test(text.slice(Math.max(0, candidate.start - LOOK_BACK_CHARS), candidate.start)));
