// A date parser with a `cueLead` runs from its first cue word on, not from the start of the paragraph. That is a
// promise about its pattern: every match opens with a cue word, at most `cueLead` characters after the match starts.
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
  'D’ICI DEUX SEMAINES, le chantier reprendra ; d\'ici à trois mois, dans  quinze   jours, Dans les prochains jours.',
  'Fin de l’année, DÉBUT du mois, milieu de cette semaine, fin d\'année ; enfin, afin que la fin du mois arrive.',
  'Depuis trois ans, DEPUIS près de deux semaines ; avant, après, auparavant, plus  tard, PLUS TÔT.',
  'Lundi 3 MARS, mardi prochain, en Août, le 1er décembre 2021, mi-mars, jamais en mai, Decembre 2020.',
];

describe('date parsers and their cues', () => {
  const texts = [...corpusTexts(), ...STRETCHED];

  const led = DATE_PARSERS.filter((parser) => parser.cueLead !== undefined && !(parser.cue instanceof RegExp));

  it.each(led.map((parser) => [parser.rule, parser] as const))('%s: every match opens with a cue word', (_rule, parser) => {
    const words = parser.cue as readonly string[];
    const lead = parser.cueLead ?? 0;
    let matches = 0;
    for (const text of texts) {
      const lowered = text.toLowerCase();
      for (const match of text.matchAll(new RegExp(parser.pattern.source, parser.pattern.flags))) {
        matches += 1;
        const opens = words.some((word) => Array.from({ length: lead + 1 }, (_, offset) => offset).some((offset) => lowered.startsWith(word, match.index + offset)));
        expect(opens, `${parser.rule}: "${match[0]}" in "${text}" has no cue word within ${lead} characters of its start`).toBe(true);
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
