// The rule "the same person goes on": a quote right after another, or an interview's next answer.
import { describe, expect, it } from 'vitest';
import { quotesOf, type Credited } from './quotes-of';

describe('the previous quote’s speaker goes on', () => {
  it.each<[string, string[], Credited[]]>([
    ['a second quote in the next sentence', ['« La deuxième mort de Papa », estiment les journaux du groupe SudPresse. « Il voulait sa deuxième chance. »'], [['La deuxième mort de Papa', 'les journaux du groupe SudPresse'], ['Il voulait sa deuxième chance.', 'les journaux du groupe SudPresse']]],
    ['an interview: the next paragraph is a quote', ['« Je pense que c’est un service indispensable », a déclaré Joëlle Milquet.', '« Il est vrai qu’il y a des recommandations à faire. »'], [['Je pense que c’est un service indispensable', 'Joëlle Milquet'], ['Il est vrai qu’il y a des recommandations à faire.', 'Joëlle Milquet']]],
    ['an interview answer after a topic label', ['« Je pense que c’est un service indispensable », a déclaré Joëlle Milquet.', 'Sur la Sûreté de l’État « Nous devons renforcer la coordination. »'], [['Je pense que c’est un service indispensable', 'Joëlle Milquet'], ['Nous devons renforcer la coordination.', 'Joëlle Milquet']]],
    ['an interview after a paragraph whose last quote is a term', ['Joëlle Milquet était l’invitée de BelRTL. « C’est un service indispensable », a-t-elle dit. Elle connaît bien la « maison ».', 'Sur la Sûreté de l’État « Nous devons renforcer la coordination. »'], [['C’est un service indispensable', 'Joëlle Milquet'], ['Nous devons renforcer la coordination.', 'Joëlle Milquet']]],
    ['an intertitle between two answers', ['Tia Hellebaut a annoncé sa retraite.', '« Mon mental a toujours été ma force », a-t-elle expliqué.', '« Je n’ai plus envie de me battre »', '« Ce fut une décision facile à prendre. »'], [['Mon mental a toujours été ma force', 'Tia Hellebaut'], ['Ce fut une décision facile à prendre.', 'Tia Hellebaut']]],
    ['an answer after a long attribution that names someone else', ['Anna Berger a annoncé sa retraite.', '« Je suis fatiguée, je le dis sans détour », a-t-elle confié au micro de la radio locale, aux côtés de son entraîneur, Marc Durand, et de son agent.', '« Je ne regrette rien de ces années. »'], [['Je suis fatiguée, je le dis sans détour', 'Anna Berger'], ['Je ne regrette rien de ces années.', 'Anna Berger']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotesOf(paragraphs)).toEqual(expected);
  });

  it('does not go on past a paragraph of narration', () => {
    expect(quotesOf(['« Je reste », a déclaré Joëlle Milquet.', 'La séance a ensuite été levée vers midi.', '« Rien n’est réglé. »'])).toEqual([
      ['Je reste', 'Joëlle Milquet'],
      ['Rien n’est réglé.', null],
    ]);
  });
});
