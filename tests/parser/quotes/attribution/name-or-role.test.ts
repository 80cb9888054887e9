// Who a phrase names: the first person or role, a role followed by its name giving the name, and roles as written.
import { describe, expect, it } from 'vitest';
import { People } from '../../../../src/parser/people/cast';
import { firstNameOrRole, lowerFirst } from '../../../../src/parser/quotes/attribution/name-or-role';

const nobody = People.collect([]);

describe('the name or role in a phrase', () => {
  it.each([
    ['Joe Biden', { kind: 'name', name: 'Joe Biden' }],
    ['le porte-parole, Nasser al Shammari', { kind: 'name', name: 'Nasser al Shammari' }],
    ['l’ambassadeur irakien aux États-Unis, Fareed Yasseen', { kind: 'name', name: 'Fareed Yasseen' }],
    ['la maire de la ville', { kind: 'role', role: 'maire', words: 'la maire' }],
    ['L’ambassadeur', { kind: 'role', role: 'ambassadeur', words: 'l’ambassadeur' }],
    ['le Mouvement Nujaba', null],
    ['un analyste de la Société Générale', null],
  ])('%s', (phrase, expected) => {
    expect(firstNameOrRole(phrase, nobody)).toEqual(expected);
  });

  it('prefers the name nearest the verb when asked', () => {
    expect(firstNameOrRole('le ministre, puis Anne Dupuis', nobody, true)).toEqual({ kind: 'name', name: 'Anne Dupuis' });
  });

  it.each([
    ['Le porte-parole', 'le porte-parole'],
    ['L’ambassadeur', 'l’ambassadeur'],
    ['Joe Biden', 'Joe Biden'],
  ])('writes %s inside a sentence as %s', (words, expected) => {
    expect(lowerFirst(words)).toBe(expected);
  });
});
