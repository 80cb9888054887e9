// The site speaking to its readers in lines too long for their opening words: prompts that ask a question first,
// the print edition's promotion, the paper's apology for its delivery. Sentences of the story with the same words stay.
import { describe, expect, it } from 'vitest';
import { markSiteNotices, readerPromptReason } from '../../../src/parser/lines/reader-prompt';
import { wordCount } from '../../../src/parser/lines/clutter-key';
import { outcome, readLines } from './read-lines';

const reasonOf = (text: string) => readerPromptReason(text, wordCount(text));

describe('the site speaking to its readers', () => {
  it.each([
    ['– Une question sur la rentrée scolaire ? Vous hésitez sur une démarche ? Rejoignez nos lecteurs : abonnez-vous au groupe Facebook Parents solidaires, on vous répond.', 'newsletter'],
    ['Vous aimez nos enquêtes ? Pour ne rien manquer, inscrivez-vous à notre newsletter du matin et recevez l’essentiel avant 8 heures.', 'newsletter'],
    ['Tout le programme du festival pp. 4 à 7 dans notre édition en PDF', 'teaser'],
    ['Le portrait du nouveau maire p. 12 de la version papier', 'teaser'],
  ])('%s', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it.each([
    ['a paragraph that cites a page, as a sentence', 'Le rapport, publié jeudi, consacre au sujet un chapitre entier (pp. 40 à 52).'],
    ['a paragraph about a newsletter, without speaking to the reader', 'La mairie a lancé une application : les habitants peuvent s’abonner à la newsletter municipale depuis lundi.'],
  ])('leaves %s', (_, text) => {
    expect(reasonOf(text)).toBeNull();
  });

  it('sets aside the paper’s apology for its delivery, not a paragraph about its readers', () => {
    const lines = readLines([
      'La grève des imprimeurs de cette nuit a pu retarder la distribution de notre journal dans certaines régions. Nous prions nos lecteurs de bien vouloir nous excuser des désagréments causés.',
      'Nos lecteurs ont été nombreux à nous écrire après la fermeture de la maternité, et leurs témoignages nourrissent cette enquête.',
    ]);
    markSiteNotices(lines);
    expect(outcome(lines)).toEqual(['site-notice', 'paragraph']);
  });
});
