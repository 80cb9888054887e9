// The rule "X a déclaré que « … »", "Selon X, … « … »", "Pour X, … « … »": the cue before the quote in its sentence.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('cue before the quote', () => {
  it.each<[string, string[], Credited[]]>([
    ['a partial quote after "que"', ['Olivier Dussopt a promis que « tout sera fait » pour éviter la fermeture.'], [['tout sera fait', 'Olivier Dussopt']]],
    ['a partial quote inside reported speech', ['Le ministre du Travail, Olivier Dussopt, a appelé les syndicats à « la responsabilité ».'], [['la responsabilité', 'Olivier Dussopt']]],
    ['a present verb before "que"', ['Le fondateur de PIP, Jean-Claude Mas, explique que « dès 1993 » il savait.'], [['dès 1993', 'Jean-Claude Mas']]],
    ['a participle hanging on the main clause', ['Interrogé sur les réquisitions, Christophe Béchu a écarté cette idée, jugeant que « ce n’est pas une solution applicable ».'], [['ce n’est pas une solution applicable', 'Christophe Béchu']]],
    ['a present verb right before the quote', ['Le quotidien Aujourd’hui renchérit, « Ouattara garde une équipe qui gagne ».'], [['Ouattara garde une équipe qui gagne', 'Aujourd’hui']]],
    ['a present verb that advocates, right before a partial quote', ['Au sujet du budget, Claire Morand défend « une hausse ciblée des dotations ».'], [['une hausse ciblée des dotations', 'Claire Morand']]],
    ['an adverb between the present verb and "que", a report as speaker', ['Le rapport Lemoine estime toutefois que « les comptes restent fragiles ».'], [['les comptes restent fragiles', 'le rapport Lemoine']]],
    ['in a press review, a paper’s name no rule can read, not the paper before', ['« On prend les mêmes et on recommence », titre Le Pays.', 'Demain au Mali renchérit, « le président garde une équipe qui gagne ».'], [['On prend les mêmes et on recommence', 'Le Pays'], ['le président garde une équipe qui gagne', 'Demain au Mali']]],
    ['a present verb, "pour" and an article before a partial quote', ['Les infirmières plaident pour une « revalorisation immédiate des gardes ».'], [['revalorisation immédiate des gardes', 'les infirmières']]],
    ['selon', ['Selon Christine Lagarde, l’inflation reste « beaucoup trop élevée ».'], [['beaucoup trop élevée', 'Christine Lagarde']]],
    ['d’après a role', ['La ministre de la Culture, Rachida Dati, était à Cannes.', 'D’après la ministre, le festival restera « le premier du monde ».'], [['le premier du monde', 'Rachida Dati']]],
    ['pour X,', ['Pour Sophie Binet, cette réforme est « injuste et brutale ».'], [['injuste et brutale', 'Sophie Binet']]],
    ['aux yeux de', ['Aux yeux de Marine Tondelier, c’est « une faute politique majeure ».'], [['une faute politique majeure', 'Marine Tondelier']]],
    ['a bare name just before the verb is its subject', ['Manuel Valls intervenait après une discussion durant laquelle un député PS, Malek Boutih, avait lancé "ne pas avoir peur de la dissolution".'], [['ne pas avoir peur de la dissolution', 'Malek Boutih']]],
    ['a subject before its apposition, whose complement names a body', ['Marc Olivier, chercheur à l’Institut Pasteur souligne qu’on « manque encore de recul ».'], [['manque encore de recul', 'Marc Olivier']]],
    ['the subject after an aside', ['Le président, lors d’une rencontre avec le Premier ministre, a déclaré que les États-Unis « resteront ».'], [['resteront', 'le président']]],
    ['two partial quotes of one sentence', ['Pour Joëlle Milquet, la Sûreté est «un service totalement indispensable», même si «des recommandations sont à faire».'], [['un service totalement indispensable', 'Joëlle Milquet'], ['des recommandations sont à faire', 'Joëlle Milquet']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['"pour" with a time, not a person', ['Pour la première fois, le tarif est « garanti » par l’État.']],
    ['a term after a verb that is not speech', ['Le gouvernement a présenté jeudi un plan de « sobriété énergétique » pour passer l’hiver.']],
  ])('finds no quote in %s', (_, paragraphs) => {
    expect(quotesOf(paragraphs)).toEqual([]);
  });
});
