// The readers' comment box after the article (eval/articles/15-lequipe-capitaine-bleus, 31-lesoir-reynders-imams).
import { describe, expect, it } from 'vitest';
import { markCommentBox } from '../../../src/parser/lines/comment-box';
import { outcome, readLines } from './read-lines';

const PROSE = 'Didier Deschamps va devoir désigner un nouveau capitaine pour les deux prochains matches.';

describe('the comment box', () => {
  it.each([
    [
      'from its header to the end, readers’ words included',
      [PROSE, '418 commentaires', 'Obi-wanKenobi', 'Mbappé ne doit plus l’avoir à l’avenir', 'Un lecteur trouve que le choix du capitaine aurait dû revenir au plus ancien du groupe.'],
      ['paragraph', 'comments', 'comments', 'comments', 'comments'],
    ],
    [
      'not from a button before the article',
      ['Réagir (62)', 'Vos réactions', PROSE],
      ['comments', 'comments', 'paragraph'],
    ],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markCommentBox(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});
