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
    ['a short phrase found elsewhere stays', ['Le ministre a parlé', 'Le ministre a parlé longtemps devant les députés.'], ['paragraph', 'paragraph']],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markRepeatedText(lines, TITLE);
    expect(outcome(lines)).toEqual(expected);
  });
});
