// "Etienne de Callatay", "Alexandre de Juniac", "Wim Van de Ven": a "de" between a first name and a capitalised
// word starts a surname. The name runs leave "de" out on purpose ("Biden de Washington", "le gouverneur de Floride
// Ron DeSantis" are far more frequent), so the two runs are joined only when the first ends on a first name or on a
// particle, which no surname or place does.
import { FIRST_NAMES } from './person-name';
import type { NameRun } from './name-runs';
import { NAME_PARTICLE_SET } from './name-words';
import { normalizeWord } from '../text-patterns';

/** A text with no "de"/"du" between spaces has nothing to join: one scan spares the work. */
const ANY_PARTICLE_GAP = /[ \u00A0]d[eu][ \u00A0]/u;
/** "de" or "du" alone between the two runs. */
const PARTICLE_GAP = /^[ \u00A0]+d(?:e|u)[ \u00A0]+$/u;

/** Whether `run` ends where a surname introduced by "de" may follow: on a first name or a particle ("Van"). */
function endsBeforeSurname(run: NameRun): boolean {
  const last = normalizeWord(run.words[run.words.length - 1] ?? '');
  // A capital often loses its accent: "Etienne", "Eric" are "Étienne", "Éric".
  return FIRST_NAMES.has(last) || (last.startsWith('e') && FIRST_NAMES.has(`é${last.slice(1)}`)) || NAME_PARTICLE_SET.has(last);
}

/** The run and the one right after it as one name, when a lone "de" or "du" joins a first name to a surname. */
export function joinParticleSurname(text: string, run: NameRun, next: NameRun | undefined): NameRun | null {
  if (!next || !endsBeforeSurname(run)) return null;
  const gap = text.slice(run.end, next.start);
  if (gap.length > 6 || !PARTICLE_GAP.test(gap)) return null;
  const words = [...run.words, gap.trim(), ...next.words];
  const name = words.join(' ');
  return { ...run, end: next.end, words, name, key: normalizeWord(name) };
}

/** The runs of a text with each first name joined to its "de" surname. */
export function joinParticleSurnames(text: string, runs: readonly NameRun[]): readonly NameRun[] {
  if (runs.length < 2 || !ANY_PARTICLE_GAP.test(text)) return runs;
  const joined: NameRun[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    const whole = joinParticleSurname(text, run, runs[index + 1]);
    joined.push(whole ?? run);
    if (whole) index += 1;
  }
  return joined;
}
