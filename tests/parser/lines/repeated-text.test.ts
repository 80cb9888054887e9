// Text printed twice: the title again, pull quotes (eval/articles/33-dh-pip…, 01-liberation…, 19-reuters-mediapart…).
import { describe, expect, it } from 'vitest';
import { markRepeatedText } from '../../../src/parser/lines/repeated-text';
import { outcome, readLines } from './read-lines';

const TITLE = 'Un cadre du PS en «soins intensifs» après une agression par un député LREM';
const MAS = 'Ce gel PIP est "une formule non brevetée, "car ça ne sert à rien", ajoute M. Mas';

describe('text printed twice', () => {
  it.each([
    ['the title again', [TITLE, 'Le premier secrétaire de la fédération est en soins intensifs.'], ['repeated-title', 'paragraph']],
    ['a pull quote of a later paragraph', [MAS, 'Jean-Claude Mas a assumé devant les enquêteurs.', `${MAS}.`], ['pull-quote', 'paragraph', 'paragraph']],
    [
      'a pull quote taken inside a longer paragraph',
      ['« Je le savais que ce gel n’était pas homologué »', '« Je le savais que ce gel n’était pas homologué », a expliqué M. Mas aux enquêteurs.'],
      ['pull-quote', 'paragraph'],
    ],
    [
      'a standfirst repeated as the first paragraph stays twice',
      ['Le ministre a déclaré dimanche qu’il était vigilant.', 'Le ministre a déclaré dimanche qu’il était vigilant.'],
      ['paragraph', 'paragraph'],
    ],
    [
      'a pull quote at the top, trimmed by an editor, of an answer far below',
      [
        '"Je suis contre les promesses faciles que certains élus font aujourd’hui. Je laisse ça aux autres partis."',
        ...Array.from({ length: 22 }, (_, n) => `Question ${n + 1} : que pensez-vous de la réforme des retraites et de ses effets sur les régions ?`),
        'Les partis se ressemblent trop. Je suis donc contre les promesses faciles que certains font aujourd’hui. Je laisse ça aux autres partis, qui veulent plaire à tous.',
      ],
      ['pull-quote', ...Array.from({ length: 22 }, () => 'paragraph'), 'paragraph'],
    ],
    [
      'an intertitle quoting the paragraph below stays',
      ['"Je n’ai plus envie de me battre"', 'Physiquement tout va bien, mais je n’ai plus l’envie de me battre, a-t-elle expliqué.'],
      ['paragraph', 'paragraph'],
    ],
    ['a short phrase found elsewhere stays', ['Le ministre a parlé', 'Le ministre a parlé longtemps devant les députés.'], ['paragraph', 'paragraph']],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markRepeatedText(lines, TITLE);
    expect(outcome(lines)).toEqual(expected);
  });
});
