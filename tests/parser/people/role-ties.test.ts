// Ties between a role and the name beside it, and the names a role word belongs to.
import { describe, expect, it } from 'vitest';
import { isInsideName, nameAfterRole, nameBeforeRole } from '../../../src/parser/people/role-ties';
import { ROLE } from '../../../src/parser/people/role-words';

function firstRole(text: string): RegExpMatchArray {
  const role = [...text.matchAll(ROLE)][0];
  if (!role) throw new Error(`no role in ${text}`);
  return role;
}

describe('the name after a role', () => {
  it.each([
    ['le président Joe Biden a dit', 'Joe Biden'],
    ['le porte-parole, Nasser al Shammari, a dit', 'Nasser al Shammari'],
    ['l’ambassadeur irakien aux États-Unis, Fareed Yasseen', 'Fareed Yasseen'],
    ['la maire de Lyon, Anne Dupuis', 'Anne Dupuis'],
    ['la maire a rencontré Jean Dupont', null],
    ['le ministre et Jean Dupont', null],
    ['le président du Mouvement Nujaba', null],
  ])('%s', (text, expected) => {
    const role = firstRole(text);
    expect(nameAfterRole(text, (role.index ?? 0) + role[0].length)?.name ?? null).toBe(expected);
  });
});

describe('the name before a role', () => {
  it.each([
    ['Anne Dupuis, la maire de Lyon', 'Anne Dupuis'],
    ['Jean Dupont, porte-parole', 'Jean Dupont'],
    ['Anne Dupuis et la maire', null],
  ])('%s', (text, expected) => {
    expect(nameBeforeRole(text, firstRole(text).index ?? 0)?.name ?? null).toBe(expected);
  });
});

describe('a role word inside a proper name', () => {
  it.each([
    ['la Société Générale', true],
    ['Président Joe Biden', false],
    ['Le Président Joe Biden', false],
  ])('%s', (text, expected) => {
    expect(isInsideName(text, firstRole(text).index ?? 0)).toBe(expected);
  });
});
