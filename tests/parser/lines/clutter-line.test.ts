// A line of the site's clutter on its own: buttons, labels, paywall and newsletter prompts, teasers. Real lines of
// the evaluation corpus (eval/articles), and body sentences that open with the same words and must stay.
import { describe, expect, it } from 'vitest';
import { CLUTTER_LINES, CLUTTER_OPENINGS } from '../../../src/parser/lexicon/fr/site-clutter';
import { clutterReason } from '../../../src/parser/lines/clutter-line';

describe('a clutter line', () => {
  it.each([
    ['Partager', 'share'],
    ['partager', 'share'],
    ['Partage désactivé', 'share'],
    ['tweeter', 'share'],
    ['Imprimer', 'share'],
    ['Taille du texte Aa Aa', 'share'],
    ['Publicité', 'advert'],
    // Accents typed as combining marks: the key composes them.
    ['Publicite\u0301', 'advert'],
    ['De\u0301ja\u0300 abonne\u0301 ? Connectez-vous', 'subscription'],
    ['ADVERTISING - ne pas effacer', 'advert'],
    ['la suite après cette publicité', 'advert'],
    ['Lire aussi', 'teaser'],
    ['lire aussi Le capitanat, un choix capital', 'teaser'],
    ['Lire aussi : Les vainqueurs de l’Ours d’or de 2003 à 2013', 'teaser'],
    ['Sur le même sujet:', 'teaser'],
    ['> VIDEOS: LES REPORTAGES DU JOURNAL DE 19H', 'teaser'],
    ['+ Tout savoir sur cette manif', 'teaser'],
    ['Article réservé aux abonnés', 'subscription'],
    ['Cet article est réservé aux abonnés. Il vous reste 77% à découvrir.', 'subscription'],
    ['Contenu réservé aux abonnés |', 'subscription'],
    ['Abonnez-vous', 'subscription'],
    ['Déjà abonné ? Connectez-vous', 'subscription'],
    ['Déjà abonné ? Je me connecte', 'subscription'],
    ['La lecture des articles est réservée aux abonnés.', 'subscription'],
    ['Découvrez la lecture audio.', 'subscription'],
    ['Recevez tous les jours le billet politique de Laurent Joffrin', 'newsletter'],
    ['+ Si vous surfez via notre application mobile, cliquez ici pour suivre le live', 'teaser'],
    ['Rejoignez-nous', 'newsletter'],
    ['418 commentaires', 'comments'],
    ['Réagir (62)', 'comments'],
    ['Lire toutes 5 réactions', 'comments'],
    ['Vos réactions', 'comments'],
    ['Retour en haut de la page', 'navigation'],
    ['1 / 10', 'navigation'],
    ['Press "Enter" to skip to content', 'navigation'],
  ])('"%s" is %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason);
  });

  it.each([
    'Par ailleurs, le ministre a rappelé que rien n’était décidé.',
    'Partager le pouvoir n’a jamais été son fort, rappelle un proche.',
    'Partagerons-nous enfin les fruits de la croissance ?',
    'Publicité mensongère : l’enseigne condamnée à 30 000 euros d’amende.',
    'Lire aussi la tribune que le ministre a publiée l’an dernier dans nos colonnes, où il défendait déjà une réforme que les syndicats jugeaient inacceptable.',
    '+ 5 % sur un an, selon l’Insee.',
    'Les abonnés au gaz verront leur facture augmenter.',
    'Réagir vite, c’est la clé, explique le médecin.',
  ])('"%s" stays in the body', (line) => {
    expect(clutterReason(line)).toBeNull();
  });
});

describe('the clutter lexicon', () => {
  it.each(Object.entries(CLUTTER_LINES).flatMap(([reason, lines]) => lines.map((line) => [line, reason])))('"%s" alone on its line is %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason);
    expect(clutterReason(line.toUpperCase())).toBe(reason);
  });

  it.each(Object.entries(CLUTTER_OPENINGS).flatMap(([reason, openings]) => openings.map((opening) => [opening, reason])))('"%s …" opens a line that is %s', (opening, reason) => {
    expect(clutterReason(`${opening} la suite`)).toBe(reason);
  });
});
