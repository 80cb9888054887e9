// The rule "« … », a déclaré X": the verb right after the closing mark, and its speaker.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('verb after the quote', () => {
  it.each<[string, string[], Credited[]]>([
    ['a name after the verb', ['« Nous partirons », a déclaré Joe Biden.'], [['Nous partirons', 'Joe Biden']]],
    ['an inverted pronoun, to the person named before', ['Le Premier ministre Jean Castel a défendu sa réforme mardi.', '« Cette réforme est nécessaire », a-t-il déclaré.'], [['Cette réforme est nécessaire', 'Jean Castel']]],
    ['a present verb and a role tied to a name', ['La ministre de la Santé, Agnès Firmin, a visité l’hôpital.', '« Nous ne lâcherons rien », poursuit la ministre.'], [['Nous ne lâcherons rien', 'Agnès Firmin']]],
    ['to whom it was said, before the verb', ['« Nous ne céderons rien sur ce dossier », lui a répondu la ministre de la Santé, Agnès Roux.'], [['Nous ne céderons rien sur ce dossier', 'Agnès Roux']]],
    ['a body whose name ends in lowercase words', ['« Rien ne justifie la violence », lui a fait écho la République en marche.'], [['Rien ne justifie la violence', 'la République en marche']]],
    ['a body named by a noun and its adjectives, before a place', ['« Les taux resteront élevés », a averti la Banque centrale européenne dans un communiqué.'], [['Les taux resteront élevés', 'la Banque centrale européenne']]],
    ['a body, then a time that is not part of its name', ['« La lutte contre la fraude reste notre priorité », a indiqué le Parti socialiste lundi.'], [['La lutte contre la fraude reste notre priorité', 'le Parti socialiste']]],
    ['an unnamed person described by how they look', ['« Nous sommes en deuil », souffle poliment un homme à la barbe grise.'], [['Nous sommes en deuil', 'un homme à la barbe grise']]],
    ['whom an unnamed person spoke to is not part of them', ['« Rien ne va plus ici », a confié un voisin aux journalistes.'], [['Rien ne va plus ici', 'un voisin']]],
    ['"Selon" opening the next sentence does not attribute the quote before', ['Le quartier est sous le choc.', '« On n’a rien vu venir. » Selon la police, les secours sont arrivés tard.'], [['On n’a rien vu venir.', null]]],
    ['a paper’s title that ends on a noun after an adjective', ['« Il était le bon client », écrit La Dernière heure.'], [['Il était le bon client', 'La Dernière heure']]],
    ['glisse and a first name', ['« On ne sait pas encore combien de temps ça va durer », glisse Zineb.'], [['On ne sait pas encore combien de temps ça va durer', 'Zineb']]],
    ['dément', ['« C’est faux et je le prouverai », dément Jean Castel.'], [['C’est faux et je le prouverai', 'Jean Castel']]],
    ['juge, guillemets without spaces', ['«Ce gouvernement méprise les salariés», juge Sophie Binet.'], [['Ce gouvernement méprise les salariés', 'Sophie Binet']]],
    ['a role with its complement, then the name', ['« Nous ne commentons pas ces rumeurs », a déclaré le porte-parole du Kremlin, Dmitri Peskov.'], [['Nous ne commentons pas ces rumeurs', 'Dmitri Peskov']]],
    ['a role whose complement runs into the name', ['« Il n’y a pas de raison de punir deux fois les Français », a affirmé le président de la SNCF Jean-Pierre Farandou.'], [['Il n’y a pas de raison de punir deux fois les Français', 'Jean-Pierre Farandou']]],
    ['M. is a title, not a name', ['Le porte-parole du Kremlin, Dmitri Peskov, a été interrogé jeudi.', '« La question ne se pose pas », a répondu M. Peskov.'], [['La question ne se pose pas', 'Dmitri Peskov']]],
    ['an organisation', ['« Le président suit la situation heure par heure », a indiqué l’Élysée dans un communiqué.'], [['Le président suit la situation heure par heure', 'l’Élysée']]],
    ['a writing', ['« Nous serons là demain », a écrit sur X le maire de Marseille, Benoît Payan.'], [['Nous serons là demain', 'Benoît Payan']]],
    ['an anonymous source, as written', ['« Rien n’est encore décidé », a affirmé un responsable américain sous couvert d’anonymat.'], [['Rien n’est encore décidé', 'un responsable américain']]],
    ['an anonymous partisan', ['« Il n’a jamais aimé les réunions », confie un chiraquien.'], [['Il n’a jamais aimé les réunions', 'un chiraquien']]],
    ['a plural present verb', ['« Il faut qu’on sache où on va », répètent les salariés.'], [['Il faut qu’on sache où on va', 'les salariés']]],
    ['time and addressee before the subject', ['« Aucun produit ne sort », a indiqué jeudi à l’AFP Emmanuel Lépine, secrétaire fédéral CGT.'], [['Aucun produit ne sort', 'Emmanuel Lépine']]],
    ['a reflexive verb', ['« Ce n’est pas digne », s’est insurgé ce jeudi matin le ministre des Transports, Clément Beaune.'], [['Ce n’est pas digne', 'Clément Beaune']]],
    ['se demande', ['« Mais qui exerce ces fonctions ? », se demande Didier Reynders.'], [['Mais qui exerce ces fonctions ?', 'Didier Reynders']]],
    ['a newspaper', ['« Victime de l’image qu’il a lui-même créée », résume Le Soir.'], [['Victime de l’image qu’il a lui-même créée', 'Le Soir']]],
    ['to whom, without an article', ['« Le rapport ne contient aucune preuve », a déclaré vendredi aux journalistes le porte-parole du Kremlin, Dmitri Peskov.'], [['Le rapport ne contient aucune preuve', 'Dmitri Peskov']]],
    ['a surname that is also a role word', ['« Il ne faut pas céder au catastrophisme ambiant », a déclaré le ministre de l’Économie Bruno Le Maire.'], [['Il ne faut pas céder au catastrophisme ambiant', 'Bruno Le Maire']]],
    ['no comma, and a lone name of a paper', ['« Tout va vite » écrit Koaci.'], [['Tout va vite', 'Koaci']]],
    ['whom it was said to, before who said it', ['Une mission française "de haut niveau" s’est rendue à Washington, "mais la messe était dite", a indiqué devant quelques journalistes M. Gaymard.'], [['de haut niveau', 'Gaymard'], ['mais la messe était dite', 'Gaymard']]],
    ['"selon" after reported speech names who reported it', ['Manuel Valls a affirmé devant les députés qu’il ne serait "pas le chef d’un gouvernement qui n’avance pas", selon des participants à la réunion.'], [['pas le chef d’un gouvernement qui n’avance pas', 'Manuel Valls']]],
    ['"selon" after a verb with no "que" names the speaker', ['Les marchés ont salué une décision « prudente », selon un analyste de la Société Générale.'], [['prudente', 'un analyste de la Société Générale']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Credited[]]>([
    ['a pronoun with no one named before', ['« Nous reviendrons », a-t-il promis.'], [['Nous reviendrons', null]]],
    ['a pronoun of the other gender', ['La députée Claire Morand a pris la parole.', '« Nous reviendrons », a-t-il promis.'], [['Nous reviendrons', null]]],
    ['"selon" a document, not a speaker', ['« Les médecins ne se prononcent pas à ce stade », selon ce texte transmis par le parti.'], [['Les médecins ne se prononcent pas à ce stade', null]]],
  ])('credits no one for %s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
