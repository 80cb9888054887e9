// The French words are kept once, and every pattern reads them: each entry of the lexicon is found by the rule
// that uses it, so adding a word to a list is enough to teach the parser that word.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/parser/lexicon/fr/roles';
import { SPEECH_VERBS } from '../../../src/parser/lexicon/fr/speech-verbs';
import { People } from '../../../src/parser/people/cast';
import { NAME_STOPWORDS } from '../../../src/parser/people/name-words';
import { roleEntry } from '../../../src/parser/people/role-words';
import { quotesOf } from '../quotes/attribution/quotes-of';

describe('speech verbs', () => {
  it.each(SPEECH_VERBS.map((verb) => [verb.participle]))('"a %s" before a quote attributes it', (participle) => {
    expect(quotesOf([`Anne Dupuis a ${participle} que « rien ne change ».`])).toEqual([['rien ne change', 'Anne Dupuis']]);
  });

  it.each(SPEECH_VERBS.flatMap((verb) => (verb.present ? [[verb.present]] : [])))('"», %s X" attributes the quote', (present) => {
    expect(quotesOf([`« Rien ne change », ${present} Anne Dupuis.`])).toEqual([['Rien ne change', 'Anne Dupuis']]);
  });
});

describe('roles', () => {
  it.each(ROLES.map((role) => [role.word, role.gender, role.number] as const))('"%s" is a role, %s %s, and is tied to the name after it', (word, gender, number) => {
    expect(roleEntry(word.toUpperCase())).toEqual({ word, gender, number });
    const people = People.collect([{ id: 'un', text: `Selon le ${word} Anne Dupuis, rien ne change.` }]);
    expect(people.resolveRole(word, 'un')).toBe('Anne Dupuis');
  });

  it('never lets a role word open a name', () => {
    for (const word of ROLES.flatMap((role) => role.word.split(' '))) expect(NAME_STOPWORDS.has(word), word).toBe(true);
  });
});
