// French personal pronouns, with what they can stand for: a quote's "a-t-il ajouté" or "elle a dit" refers to a
// person the text named before, of that gender and number.
import type { Gender, GrammaticalNumber } from './roles';

export interface Pronoun {
  word: string;
  person: 1 | 2 | 3;
  gender: Gender;
  number: GrammaticalNumber;
  /** 'subject' opens a clause ("il a déclaré"); 'stressed' stands alone or after a preposition ("lui-même"). */
  form: 'subject' | 'stressed';
}

const subject = (word: string, person: 1 | 2 | 3, gender: Gender, number: GrammaticalNumber): Pronoun =>
  ({ word, person, gender, number, form: 'subject' });

export const PRONOUNS: readonly Pronoun[] = [
  subject('je', 1, 'either', 'singular'),
  subject('tu', 2, 'either', 'singular'),
  subject('il', 3, 'masculine', 'singular'),
  subject('elle', 3, 'feminine', 'singular'),
  subject('on', 3, 'either', 'singular'),
  subject('nous', 1, 'either', 'plural'),
  subject('vous', 2, 'either', 'plural'),
  subject('ils', 3, 'masculine', 'plural'),
  subject('elles', 3, 'feminine', 'plural'),
  { word: 'lui', person: 3, gender: 'masculine', number: 'singular', form: 'stressed' },
  { word: 'eux', person: 3, gender: 'masculine', number: 'plural', form: 'stressed' },
];

/** Pronouns that can stand for someone the article quoted: the third person. */
export const THIRD_PERSON_PRONOUNS: readonly Pronoun[] = PRONOUNS.filter((pronoun) => pronoun.person === 3);
