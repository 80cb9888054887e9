// The words of the page around a French article that scrapers copy with it: share buttons, paywalls, newsletter and
// app prompts, adverts, comment boxes, teasers, navigation. Every clutter pattern of the lines pass is read from here.
//
// Lines are compared as the lines pass keys them (lines/clutter-key.ts): lower case, one apostrophe (’), every run of
// digits written "#", the markers around ("+ ", "> ", " :", " |", " »") left out. So "418 commentaires" is
// "# commentaires" and "Déjà abonné ? Je me connecte" is "déjà abonné ? je me connecte".

/** Why a line of the page is not the article (SetAsideLine's reasons for site clutter). */
export type ClutterReason =
  | 'teaser'
  | 'subscription'
  | 'newsletter'
  | 'share'
  | 'advert'
  | 'comments'
  | 'navigation';

/** Lines that are clutter when they are the whole line: buttons and labels. A body line is never one of these
 *  alone ("Partager le pouvoir…" is prose; "Partager" is a button). */
export const CLUTTER_LINES: Readonly<Record<ClutterReason, readonly string[]>> = {
  teaser: [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir', 'a voir',
    'lire la suite', 'lire plus', 'lire plus sur', 'en savoir plus', 'en savoir plus sur', 'sur le même sujet',
    'dans la même rubrique', 'articles en relation', 'articles liés', 'sur le web', 'la vidéo', 'vidéo', 'video',
    'les portfolios', 'diaporamas', 'autres diaporamas', 'toute l’info sur ce thème', 'les dernières actualités',
    'l’info en continu', 'dernière minute', 'derniere minute', '+voir plus', 'voir plus', 'après cet article',
    'à la une', 'les plus lus', 'les plus partagés',
  ],
  subscription: [
    'abonnez-vous', 's’abonner', 'je m’abonne', 'vente flash', 'feuilleter', 'découvrir le sommaire',
    'le journal de demain', 'voir les offres d’abonnement', 'pas le temps de lire cet article ?',
    'découvrez la lecture audio', 'article réservé aux abonnés', 'contenu réservé aux abonnés',
    'réservé aux abonnés', 'cet article est réservé aux abonnés', '#ère semaine offerte', '#er mois offert',
  ],
  newsletter: ['newsletter', 'la newsletter', 'recevoir la newsletter', 'rejoignez-nous', 'suivez-nous'],
  share: [
    'partager', 'partage', 'partage désactivé', 'partager l’article', 'partager cet article', 'partager sur facebook',
    'partager sur twitter', 'tweeter', 'tweet', 'twitter', 'facebook', 'linkedin', 'whatsapp', 'messenger',
    'envoyer', 'envoyer à', 'envoyer par e-mail', 'envoyer par mail', 'e-mail', 'email', 'mail', 'imprimer', 'print',
    'sauvegarder', 'windows live', 'del.icio.us', 'stumbleupon', 'copier le lien', 'recommander cet article',
    'agrandir', 'diminuer', 'taille du texte', 'taille du texte aa aa', 'ma liste', 'ajouter à ma liste',
  ],
  advert: ['publicité', 'advertising', 'advertising - ne pas effacer', 'la suite après cette publicité', 'contenu sponsorisé', 'annonce'],
  comments: [
    'commenter', 'commentaires', 'commentaire', 'réagir', 'réactions', 'réaction', 'signaler', 'vos réactions', 'vos reactions',
    'voir toutes les réactions', 'quelques règles de bonne conduite avant de réagir', 'je me connecte', 'je m’inscris',
    's’enregistrer', 'pseudo', 'mot de passe', 'adresse e-mail / nom d’utilisateur', 'identifiez-vous pour réagir',
    'enregistrez-vous gratuitement', 'ajouter un commentaire à cet article', 'règles de bonnes conduites',
    'lire la charte', 'ce qu’en disent nos lecteurs', 'votre avis nous intéresse!', 'votre impression sur cet article?',
    'intéressant', 'amusant', 'réjouissant', 'énervant', 'inquiétant', 'déprimant', '# commentaires', '# commentaire',
    '# réactions', '# réaction', 'réagir (#)', '# réagir', 'voter #', 'lire toutes # réactions', 'u bent aangemeld',
  ],
  navigation: [
    'retour en haut de la page', 'haut de la page', 'retour à la page précédente', 'bouton retour en haut de la page',
    'press "enter" to skip to content', 'aller au contenu', 'top', 'photo précédente', 'photo suivante', '# / #',
    'view larger map', 'lien permanent vers l’article', 'envoyer une correction à la rédaction', 'envoyer une info',
    'signalez une faute dans cet article à notre rédaction', 'menu', 'rechercher', 'accueil', 'fermer',
  ],
};

/** The opening words of clutter lines that run on with a title, a price or a sentence of the site's own
 *  ("Lire aussi : Les vainqueurs…", "Cet article est réservé aux abonnés. Il vous reste 77 %…"). Only short lines
 *  are read this way (CLUTTER_OPENING_MAX_WORDS in lines/clutter-line.ts). */
export const CLUTTER_OPENINGS: Readonly<Record<ClutterReason, readonly string[]>> = {
  teaser: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'à voir aussi', 'lire plus', 'en savoir plus'],
  subscription: [
    'cet article est réservé aux abonnés', 'article réservé aux abonnés', 'contenu réservé aux abonnés',
    'la lecture des articles est réservée aux abonnés', 'déjà abonné', 'pour un accès immédiat, abonnez-vous',
    'pour lire l’intégralité de l’article', 'pour lire la suite', 'il vous reste #', 'vous êtes abonné à',
    'offre #% numérique', 's’abonner à partir', 'abonnez-vous à partir', 'le journal du jour en exclusivité',
  ],
  newsletter: [
    'recevez tous les jours', 'recevez chaque jour', 'inscrivez-vous à la newsletter', 'inscrivez-vous à notre newsletter',
    'abonnez-vous à la newsletter', 'abonnez-vous à notre newsletter', 'téléchargez l’application', 'téléchargez notre application',
    'si vous surfez via notre application', 'abonnez-vous au groupe facebook',
  ],
  share: ['partager sur', 'partage désactivé'],
  advert: ['advertising'],
  comments: [
    'envie de réagir à cet article', 'les commentaires sont soumis', 'connectez-vous ou enregistrez-vous pour réagir',
    'votre pseudo ou votre mot de passe sont incorrects', 'votre adresse de messagerie ne sera pas publiée',
    'si le forum ci-dessous est ouvert', '... mais veuillez d’abord lire ici les règles', 'afficher # autres commentaires',
  ],
  navigation: [
    'quitter le diaporama', 'une correction à cet article', 'vous avez une question, une remarque',
    'contactez notre équipe de rédaction',
  ],
};

/** Section headers after which a page lists other stories: each following line that reads like a headline is a
 *  teaser too, until the text reads like the article again. */
export const TEASER_LIST_HEADERS: readonly string[] = [
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'sur le même sujet', 'dans la même rubrique',
  'articles en relation', 'articles liés', 'sur le web', 'à voir', 'a voir', 'les portfolios', 'autres diaporamas',
  'les dernières actualités', 'l’info en continu', 'toute l’info sur ce thème', 'lire plus', 'les plus lus',
];

/** Headers of the readers' comment box: from one of these to the end of the page, every line is the box (the
 *  readers' own words included), unless the article's text comes back (lines/page-sections.ts). */
export const COMMENT_SECTION_HEADERS: readonly string[] = [
  'vos réactions', 'vos reactions', '# commentaires', '# réactions', 'ajouter un commentaire à cet article',
  'laisser un commentaire', 'ce qu’en disent nos lecteurs', 'votre impression sur cet article?',
];

/** News agencies and photo agencies whose name alone on a line, or after "©", is a credit. */
export const AGENCIES: readonly string[] = [
  'afp', 'agence france-presse', 'reuters', 'ap', 'associated press', 'belga', 'xinhua', 'photonews', 'keystone',
  'epa', 'getty images', 'sipa', 'maxppp', 'abaca', 'ansa', 'dpa', 'efe', 'ats', 'rtbf', 'isopix', 'news',
  'afp/archives', 'ap photo', 'reuters/archives',
];

/** Words that turn a line into a credit line: "© AFP", "Photo Belga", "Crédits : © Charles Platiau / Reuters",
 *  "Source: belga", "LIBERATION avec AFP", "Tous droits réservés". */
export const CREDIT_WORDS: readonly string[] = ['©', 'photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'source', 'avec', 'archives', 'infographie'];
export const RIGHTS_RESERVED: readonly string[] = ['tous droits réservés', 'droits réservés', 'tous droits de reproduction'];

/** "Par Jeanne Martin", "par Mourad Guichard", "Par: Laura Cerrada". */
export const BYLINE_OPENING = 'par';
/** Bylines that name the desk or the reporter's post instead of a person. */
export const BYLINE_LINES: readonly string[] = [
  'rédaction en ligne', 'la rédaction', 'de notre envoyé spécial', 'de notre envoyée spéciale', 'de notre correspondant',
  'de notre correspondante', 'avec agences', 'avec afp', 'rédaction',
];
/** "Berlin, de notre envoyé spécial": the post after a place. */
export const REPORTER_POSTS: readonly string[] = [
  'de notre envoyé spécial', 'de notre envoyée spéciale', 'de notre correspondant', 'de notre correspondante',
  'de nos envoyés spéciaux', 'de notre correspondant permanent',
];

/** "Publié le 21 avril 2023 à 17:08", "Mis en ligne Samedi 2 mars 2013", "Mis à jour le …": the page's own dates. */
export const DATELINE_OPENINGS: readonly string[] = [
  'publié le', 'publié', 'publiée le', 'mis en ligne le', 'mis en ligne', 'mis à jour le', 'mis à jour', 'modifié le',
  'actualisé le', 'dernière mise à jour',
];
/** Words a date line may hold besides dates and times: "Samedi 16 février 2013, 22h04 | mis à jour à 00:27". */
export const DATELINE_FILLERS: readonly string[] = ['le', 'à', 'a', 'h', 'mis', 'jour', 'publié', 'en', 'ligne', 'lecture', 'minutes', 'minute', 'min', 'et', 'modifié', 'actualisé'];
