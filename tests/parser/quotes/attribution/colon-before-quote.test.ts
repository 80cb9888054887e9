// The rule "Joe Biden : « … »": a colon after the speaker, with or without a verb.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('colon before the quote', () => {
  it.each<[string, string[], Credited[]]>([
    ['a name then a colon', ['Joe Biden : « Nous ne partirons pas avant la fin de l’année. »'], [['Nous ne partirons pas avant la fin de l’année.', 'Joe Biden']]],
    ['a verb then a colon', ['La ministre du Travail, Catherine Vautrin, a déclaré : « Le dialogue reste ouvert. »'], [['Le dialogue reste ouvert.', 'Catherine Vautrin']]],
    ['a role tied to no one', ['Le ministre a prévenu : « Aucune fermeture ne sera décidée sans concertation. »'], [['Aucune fermeture ne sera décidée sans concertation.', 'le ministre']]],
    ['a pronoun then a colon', ['Jean Castel a quitté la salle.', 'Il est catégorique : « Nous ne céderons pas. »'], [['Nous ne céderons pas.', 'Jean Castel']]],
    ['a stressed pronoun between the subject and its verb', ['Le procureur, lui, tient à rappeler la loi : « Personne n’est au-dessus des règles dans cette ville. »'], [['Personne n’est au-dessus des règles dans cette ville.', 'le procureur']]],
    ['a subject, its appositions, then the verb', ['Sandrine Roux, professeure à l’université de Nantes et membre du Conseil national, plaide pour une réforme : « Il faut rendre la taxe plus juste pour tous. »'], [['Il faut rendre la taxe plus juste pour tous.', 'Sandrine Roux']]],
    ['another name between the commas makes the subject uncertain', ['Sandrine Roux, Paul Martin, plaide pour une réforme : « Il faut rendre la taxe plus juste pour tous. »'], [['Il faut rendre la taxe plus juste pour tous.', null]]],
    ['a possessive announcing someone’s aims: the one person of the paragraph', ['Claire Morand dirige depuis peu la fédération. Ses ambitions sont claires : « faire du parti le premier de la région ».'], [['faire du parti le premier de la région', 'Claire Morand']]],
    ['a possessive when the paragraph names two people', ['Claire Morand a succédé à Paul Roux à la fédération. Ses ambitions sont claires : « faire du parti le premier de la région ».'], [['faire du parti le premier de la région', null]]],
    ['a thing before the colon is no speaker', ['Le message est clair : « Nous ne reculerons pas devant la menace. »'], [['Nous ne reculerons pas devant la menace.', null]]],
    ['a year before the colon is no speaker either', ['— 2012 : « Cesare deve morire » des frères Taviani'], []],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });
});
