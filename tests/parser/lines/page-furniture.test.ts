// Lines that are furniture by where they stand: names beside dates, offers beside paywalls, labels among furniture,
// rubrics above the article. Real lines of eval/articles; the article's own short lines stay.
import { describe, expect, it } from 'vitest';
import { markEdgeLabels, markPageFurniture } from '../../../src/parser/lines/page-furniture';
import { outcome, readLines } from './read-lines';

const PROSE = 'Plusieurs milliers de manifestants sont attendus dans les rues de Bruxelles ce jeudi.';

describe('furniture by its neighbours', () => {
  it.each([
    ['a name above the date is the byline', ['Gaëlle Moury', 'Lundi 18 février 2013, 12h44', PROSE], ['byline', 'dateline', 'paragraph']],
    ['a name between paragraphs stays', [PROSE, 'Nicolas Crousse', PROSE], ['paragraph', 'name-line', 'paragraph']],
    ['a price beside the paywall is the offer', ['Abonnez-vous', 'à partir de 54€ seulement'], ['subscription', 'subscription']],
    ['a price in the article stays', [PROSE, 'Le billet coûte 5 €', PROSE], ['paragraph', 'paragraph', 'paragraph']],
    [
      'labels between two lines of furniture',
      ['tweeter', 'La lettre politique', 'de Laurent Joffrin', 'Recevez tous les jours le billet politique de Laurent Joffrin'],
      ['share', 'navigation', 'navigation', 'newsletter'],
    ],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markPageFurniture(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});

describe('labels at the edges of the article', () => {
  it.each([
    ['a rubric above the first paragraph', ['Revue de presse Afrique', PROSE], ['navigation', 'paragraph']],
    ['a site’s name after the last paragraph', [PROSE, 'Leparisien'], ['paragraph', 'navigation']],
    ['labels after the last paragraph, followed by furniture', [PROSE, 'france', 'actualités et économie', 'AFP | 01/07/2014 - 11:11'], ['paragraph', 'navigation', 'navigation', 'dateline']],
    ['a closing line of the article', [PROSE, 'Affaire à suivre'], ['paragraph', 'paragraph']],
    ['an intertitle between paragraphs', [PROSE, 'Liquidation judiciaire', PROSE], ['paragraph', 'paragraph', 'paragraph']],
  ])('%s', (_, texts, expected) => {
    const lines = readLines(texts);
    markEdgeLabels(lines);
    expect(outcome(lines)).toEqual(expected);
  });
});
