// Lists of other stories: under a header ("Lire aussi", "Articles en relation"), or three headlines in a row at the
// edges of the article. Real lines of eval/articles; the article's own lists and intertitles stay.
import { describe, expect, it } from 'vitest';
import { markHeadlineRuns, markTeaserLists } from '../../../src/parser/lines/teaser-list';
import { outcome, readLines } from './read-lines';

const PROSE = 'Le conseil municipal a voté le budget après trois heures de débat, a indiqué la mairie.';

describe('a list under a teaser header', () => {
  it.each([
    [
      'the headlines after "Lire aussi", until the text reads like the article again',
      ['Lire aussi', 'La Belgique maintient son engagement au Mali', 'Armée malienne: quelle contribution belge?', 'Partager', 'Réforme de l’Etat : vers un accord francophone', PROSE],
      ['teaser', 'teaser', 'teaser', 'share', 'teaser', 'paragraph'],
    ],
    [
      'dashed headlines under "dans la même rubrique"',
      ['dans la même rubrique', '- Crash d\'avion au Mali: les boîtes noires seront expédiées en France via Bamako', '- Plusieurs milliers de manifestants pro-israéliens à Marseille'],
      ['teaser', 'teaser', 'teaser'],
    ],
    [
      'nothing after a teaser that is not a header',
      ['Lire aussi : A nos lecteurs', 'Plusieurs milliers de manifestants sont attendus', PROSE],
      ['teaser', 'paragraph', 'paragraph'],
    ],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markTeaserLists(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});

describe('a run of headlines without a header', () => {
  it.each([
    [
      'three headlines after the last paragraph',
      [PROSE, 'Des fermes bio ouvertes à la visite', 'Michel Larramendy, frais maison', 'Les promoteurs de la ligne à grande vitesse mettent les bouchées doubles'],
      ['paragraph', 'teaser', 'teaser', 'teaser'],
    ],
    [
      'before the first paragraph',
      ['Grèce - Belgique (1-1): les Diables tiennent le nul à 10 contre 11', 'Foot (amicaux): la France surprend, l’Italie déçoit', 'Angleterre - Belgique (4-0): les Diablotins encaissent un but (vidéo)', PROSE],
      ['teaser', 'teaser', 'teaser', 'paragraph'],
    ],
    [
      'not two headlines only',
      [PROSE, 'Des fermes bio ouvertes à la visite', 'Michel Larramendy, frais maison'],
      ['paragraph', 'paragraph', 'paragraph'],
    ],
    [
      'not the article’s own list, which has markers',
      [PROSE, '- Adresse : 80 avenue du Maréchal Soult, Bayonne', '- Heure d’alerte : vers 17 h 50, dimanche 14 septembre', '- Origine : inconnue au moment du reportage'],
      ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
    ],
    [
      'not short lines between two paragraphs',
      [PROSE, 'Contre le gel des salaires', 'Pour une hausse des allocations', 'Pour une réforme fiscale', PROSE],
      ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    ],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markHeadlineRuns(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});
