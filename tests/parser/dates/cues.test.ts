// A date parser with a `cueLead` runs from its first cue on, not from the start of the paragraph. That is a promise
// about its pattern: every match opens with its cue (a cue word, or where its cue pattern matches), at most
// `cueLead` characters after the match starts.
// Checked here on every sentence of the evaluation corpora and on forms written to stretch the patterns (capitals,
// apostrophes, the spaces they allow).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_PARSERS, findCandidates } from '../../../src/parser/dates/find-date-mentions';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function corpusTexts(): string[] {
  const cases = JSON.parse(readFileSync(join(ROOT, 'eval', 'dates', 'cases.json'), 'utf8')) as { sentence: string }[];
  const articles = readdirSync(join(ROOT, 'eval', 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap(({ name: folder }) =>
    readFileSync(join(ROOT, 'eval', 'articles', folder, 'article.txt'), 'utf8').split(/\n+/u),
  );
  return [...cases.map((entry) => entry.sentence), ...articles];
}

const STRETCHED = [
  'Il est arrivé le 3, reparti LE 1ER au matin et revenu le  14.',
  'Cet avant-midi, cette après-midi, CE SOIR, cette nuit, ce midi, cette matinée, cette soirée.',
  'En 2021, le 3 ; LE 1ER janvier ; il y a trois jours, IL Y A deux ans ; ce matin, CET APRÈS-MIDI ; le 12/06/2012, 1.2.2020, 05/01/2012.',
  'Entre 1500 et 2000 soldats ; mi-2020 ; la saison 2019-2020 ; (1886-1960).',
  'D’ICI DEUX SEMAINES, le chantier reprendra ; d\'ici à trois mois, dans  quinze   jours, Dans les prochains jours.',
  'Fin de l’année, DÉBUT du mois, milieu de cette semaine, fin d\'année ; enfin, afin que la fin du mois arrive.',
  'Depuis trois ans, DEPUIS près de deux semaines ; avant, après, auparavant, plus  tard, PLUS TÔT.',
  'Lundi 3 MARS, mardi prochain, en Août, le 1er décembre 2021, mi-mars, jamais en mai, Decembre 2020.',
];

describe('date parsers and their cues', () => {
  const texts = [...corpusTexts(), ...STRETCHED];

  const led = DATE_PARSERS.filter((parser) => parser.cueLead !== undefined);

  /** Whether the parser's cue (one of its words, or its pattern) starts at `index` of the lowered text. */
  function cueAt(cue: readonly string[] | RegExp, lowered: string, index: number): boolean {
    if (!(cue instanceof RegExp)) return cue.some((word) => lowered.startsWith(word, index));
    const sticky = new RegExp(cue.source, 'y');
    sticky.lastIndex = index;
    return sticky.test(lowered);
  }

  it.each(led.map((parser) => [parser.rule, parser] as const))('%s: every match opens with its cue', (_rule, parser) => {
    const lead = parser.cueLead ?? 0;
    let matches = 0;
    for (const text of texts) {
      const lowered = text.toLowerCase();
      for (const match of text.matchAll(new RegExp(parser.pattern.source, parser.pattern.flags))) {
        matches += 1;
        const opens = Array.from({ length: lead + 1 }, (_, offset) => offset).some((offset) => cueAt(parser.cue, lowered, match.index + offset));
        expect(opens, `${parser.rule}: "${match[0]}" in "${text}" has no cue within ${lead} characters of its start`).toBe(true);
      }
    }
    // The corpora date every one of these forms: the check read matches of this parser.
    expect(matches).toBeGreaterThan(0);
  });

  it('finds the same dates when the cue word comes long after the paragraph starts', () => {
    const text = `${'Un long début de paragraphe sans rien de daté, '.repeat(5)}le chantier reprendra d’ici deux semaines, en mars.`;
    expect(findCandidates(text).map((candidate) => text.slice(candidate.start, candidate.end))).toEqual(['d’ici deux semaines', 'mars']);
  });
});
