import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../../src/parser/dates/find-date-mentions';

const SEED_PASSAGE = [
  { id: 'annonce', text: 'Biden a déclaré lundi que les États-Unis termineraient leur mission.' },
  { id: 'photo', text: 'Joe Biden rencontre Mustafa al-Kadhimi, le 26 juillet 2021.', aside: true },
  { id: 'ambassade', text: 'Une série d’attaques a précipité un assaut contre l’ambassade à Bagdad en janvier 2020.' },
  { id: 'frappe', text: 'Quelques jours plus tard, Trump a ordonné la frappe.' },
  { id: 'vote', text: 'Les législateurs ont voté pour expulser les troupes ce mois-ci.' },
  { id: 'retour', text: 'Biden a également noté lundi que les doses arriveraient. La veille, il avait parlé.' },
];

describe('resolveInNarrativeOrder', () => {
  it.each([
    ['2021-07-26', ['lundi → 2021-07-26', '26 juillet 2021 → 2021-07-26', 'janvier 2020 → 2020-01', 'Quelques jours plus tard → 2020-01', 'ce mois-ci → 2020-01', 'lundi → 2021-07-26', 'La veille → 2021-07-25']],
    // Unknown publication: deictic words are null, the narrative still carries from the text's own dates.
    [null, ['lundi → null', '26 juillet 2021 → 2021-07-26', 'janvier 2020 → 2020-01', 'Quelques jours plus tard → 2020-01', 'ce mois-ci → 2020-01', 'lundi → null', 'La veille → null']],
  ])('carries the passage’s date across paragraphs (published %s)', (publishedAt, expected) => {
    const mentions = findDateMentions(SEED_PASSAGE, { publishedAt });
    expect(mentions.map((mention) => `${mention.text} → ${mention.value ?? 'null'}`)).toEqual(expected);
  });

  it('keeps captions out of the narrative', () => {
    const mentions = findDateMentions(
      [
        { id: 'a', text: 'L’ambassade a été attaquée en janvier 2020.' },
        { id: 'photo', text: 'Une photo prise le 26 juillet 2021.', aside: true },
        { id: 'b', text: 'Le même mois, le parlement a voté.' },
      ],
      { publishedAt: '2021-07-26' },
    );
    expect(mentions.map((mention) => mention.value)).toEqual(['2020-01', '2021-07-26', '2020-01']);
  });

  it('gives each mention its block, offsets and rule', () => {
    const [mention] = findDateMentions([{ id: 'p1', text: 'Il a parlé jeudi.' }], { publishedAt: '2021-07-26' });
    expect(mention).toEqual({ text: 'jeudi', blockId: 'p1', start: 11, end: 16, value: '2021-07-22', precision: 'day', mod: null, rule: 'fr/weekday' });
  });
});
