// Resolution: one person, one identity ("Joe Biden", "Biden", "le président", "il"), pronouns by gender and number,
// and how each speaker was found.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/parser/parse-article';
import { quotesOf, speakersOf, type Credited } from './quotes-of';

describe('resolving a speaker', () => {
  it.each<[string, string[], Credited[]]>([
    ['name, surname, role and pronoun are one person', [
      'Le président Joe Biden a reçu lundi le Premier ministre irakien.',
      '« Notre coopération se poursuivra », a déclaré Biden.',
      '« Nous resterons un partenaire », a ajouté le président.',
      '« Rien ne change pour nos soldats », a-t-il précisé.',
    ], [['Notre coopération se poursuivra', 'Joe Biden'], ['Nous resterons un partenaire', 'Joe Biden'], ['Rien ne change pour nos soldats', 'Joe Biden']]],
    ['elle to the last woman named', ['Jean Castel a reçu la députée Claire Morand.', '« Le dialogue est rompu », a-t-elle regretté.'], [['Le dialogue est rompu', 'Claire Morand']]],
    ['il to the last man named', ['La députée Claire Morand a interpellé le ministre Jean Castel.', '« Je ne céderai pas », a-t-il répondu.'], [['Je ne céderai pas', 'Jean Castel']]],
    ['two names of unknown gender: "elle" is not certain', ['Tia Hellebaut a parlé après Richie Porte.', '« Mon mental a toujours été ma force », a-t-elle expliqué.'], [['Mon mental a toujours été ma force', null]]],
    ['a name of unknown gender in a teaser further up is not a candidate', ['Paris-Nice : Richie Porte vainqueur à La Montagne de Lure.', 'Tia Hellebaut a annoncé sa retraite.', '« Mon mental a toujours été ma force », a-t-elle expliqué.'], [['Mon mental a toujours été ma force', 'Tia Hellebaut']]],
    ['the gender an apposition gives a first name the lexicon lacks', ['Tiia Vandamme, médaillée d’argent, a quitté la piste.', '« Je suis fatiguée », a-t-elle confié aux côtés de son entraîneur, Wout Peeters.'], [['Je suis fatiguée', 'Tiia Vandamme']]],
    ['a bishop: his title gives "il", his see is a role', ['« La loi doit changer maintenant », a déclaré Mgr Lefort. L’évêque de Nantes a appelé à « écouter les soignants ». « Il faut du temps pour cela », a-t-il ajouté.'], [['La loi doit changer maintenant', 'Lefort'], ['écouter les soignants', 'Lefort'], ['Il faut du temps pour cela', 'Lefort']]],
    ['initials for the one person of the article who has them', ['Le sélectionneur Didier Deschamps a dévoilé sa liste jeudi.', 'DD évoque « une responsabilité momentanée » pour le brassard.'], [['une responsabilité momentanée', 'Didier Deschamps']]],
    ['initials that two people of the article share name no one', ['Le sélectionneur Didier Deschamps et le défenseur Daniel Dumont ont parlé jeudi.', 'DD évoque « une responsabilité momentanée » pour le brassard.'], [['une responsabilité momentanée', null]]],
    ['a noun and a party’s acronym before the name give its gender', ['Paul Durand a été agressé mercredi par un député LREM, M’hamed Benali.', '« Je m’excuse pour la violence du geste », a-t-il dit.'], [['Je m’excuse pour la violence du geste', 'M’hamed Benali']]],
    ['an acronym spells a body the article names in full', ['La Confédération générale du travail a appelé à la grève jeudi.', '« Nous ne céderons pas », a déclaré la CGT.'], [['Nous ne céderons pas', 'Confédération générale du travail']]],
    ['an acronym the article never spells out stays as written', ['« Nous ne céderons pas », a déclaré la CGT.'], [['Nous ne céderons pas', 'la CGT']]],
    ['a synonym of the role the text tied to a name', ['Le sélectionneur Hervé Renard a dévoilé sa liste jeudi.', '« Je veux des joueurs en forme », a déclaré le technicien français face aux journalistes.', '« Le groupe vit bien », a ajouté l’entraîneur.'], [['Je veux des joueurs en forme', 'Hervé Renard'], ['Le groupe vit bien', 'Hervé Renard']]],
    ['an untied role to the person just named, by its gender', ['Christophe Pélissier a reconnu la défaite.', '« Ça a été dur de s’en sortir », a expliqué l’entraîneur.'], [['Ça a été dur de s’en sortir', 'Christophe Pélissier']]],
    ['a nearer name of unknown gender makes "il" uncertain', ['Le conseiller du président Joe Biden, Kwame Osei, a salué l’institution.', '« Nous restons membres », a-t-il affirmé.'], [['Nous restons membres', null]]],
    ['a dateline is not part of the name', ['BRUXELLES Jean-Claude Mas a assumé devant les enquêteurs.', '"Je l’ai toujours su", dit-il encore.'], [['Je l’ai toujours su', 'Jean-Claude Mas']]],
    ['a noun the text gave the person', ['Jean-Claude Mas, fondateur de la société PIP, a parlé.', 'Le fondateur de PIP explique que « dès 1993 » il savait.'], [['dès 1993', 'Jean-Claude Mas']]],
    ['the paper quoted last, for "le quotidien"', ['« Il était son pire ennemi », lance L’Avenir.', '« Simplement un homme », souligne le quotidien.'], [['Il était son pire ennemi', 'L’Avenir'], ['Simplement un homme', 'L’Avenir']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it('says how each speaker was found', () => {
    expect(speakersOf([
      'La porte-parole du gouvernement, Prisca Thevenot, a tenu un point presse.',
      '« Nous avançons », a déclaré Prisca Thevenot.',
      '« Nous avançons vite », a ajouté la porte-parole.',
      '« Très vite », a-t-elle insisté.',
      '« Rien n’est fait », a indiqué l’Élysée.',
      '« Rien du tout », a confié un conseiller.',
    ])).toEqual([
      { name: 'Prisca Thevenot', asWritten: 'Prisca Thevenot', via: 'name' },
      { name: 'Prisca Thevenot', asWritten: 'la porte-parole', via: 'role' },
      { name: 'Prisca Thevenot', asWritten: 'elle', via: 'pronoun' },
      { name: 'l’Élysée', asWritten: 'l’Élysée', via: 'organisation' },
      { name: 'un conseiller', asWritten: 'un conseiller', via: 'anonymous' },
    ]);
  });

  it('lists the cast once, with the role the text gives and every quote', () => {
    const parsed = parseArticle('Titre\n\nLe porte-parole, Nasser al Shammari, a parlé.\n\n« Non », a déclaré le porte-parole.\n\n« Jamais », a déclaré Nasser al Shammari.\n\n« Peut-être », a dit un témoin.');
    if (!parsed.ok) throw new Error(parsed.problem);
    const [first, second, third] = parsed.article.quotes;
    expect(parsed.article.people).toEqual([
      { id: 'nasser-al-shammari', name: 'Nasser al Shammari', role: 'porte-parole', quoteIds: [first?.id, second?.id] },
      { id: 'un-temoin', name: 'un témoin', role: null, quoteIds: [third?.id] },
    ]);
  });
});
