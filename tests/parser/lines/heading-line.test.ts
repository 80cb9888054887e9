// Intertitles: a short line without a sentence's end between two paragraphs of prose (eval/articles headings), and
// the short lines that are not headings.
import { describe, expect, it } from 'vitest';
import { markHeadings } from '../../../src/parser/lines/heading-line';
import { outcome, readLines } from './read-lines';

const PROSE = 'De l’autre côté de la Lorraine, un autre bassin subit depuis près de deux ans déconvenue sur déconvenue.';

describe('an intertitle', () => {
  it.each([
    ['Liquidation judiciaire'],
    ['«Insultes racistes»'],
    ['« Il était son pire ennemi »'],
    ['Il a appelé Anne Sainclair: "J\'ai un sérieux problème"'],
    ['19h33. Reconfinement : chez les coiffeurs, « on se croirait à la veille de Noël »'],
    ['Pacte de Genève'],
  ])('"%s" between paragraphs is a heading', (line) => {
    const lines = readLines([PROSE, line, PROSE]);
    markHeadings(lines);
    expect(outcome(lines)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it.each([
    ['a question of an interview', [PROSE, 'N\'est-ce pas une décision compréhensible dans une si mauvaise conjoncture pour l\'industrie?', PROSE]],
    ['a sentence', [PROSE, 'Le feu a été maîtrisé.', PROSE]],
    ['a list item', [PROSE, '- Origine : inconnue au moment du reportage', PROSE]],
    ['a standfirst before the first paragraph', ['Un bref message lourd de sens sur Twitter', PROSE]],
    ['a short line with no paragraph after it', [PROSE, 'Liquidation judiciaire']],
    ['a short line followed by another short line', [PROSE, 'Liquidation judiciaire', 'Contre le gel des salaires', PROSE]],
    ['a person’s name alone', [PROSE, 'Nicolas Crousse', PROSE]],
    ['a headline after a headline', ['Paris-Nice: le Français Nacer Bouhanni remporte la 1ère étape', 'NBA: exceptionnel triple-double de Joakim Noah', PROSE]],
  ])('not %s', (_, texts) => {
    const lines = readLines(texts);
    markHeadings(lines);
    expect(outcome(lines)).not.toContain('heading');
  });
});
