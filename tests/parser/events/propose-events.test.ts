// The events pass on hand-built date mentions: which sentences become events, dated how, titled how, in what order.
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../../src/parser/article';
import type { DatedMention } from '../../../src/parser/events/dated-mention';
import { proposeEvents } from '../../../src/parser/events/propose-events';
import { IdRegistry } from '../../../src/parser/ids/block-id';

type Resolution = Pick<DatedMention, 'value' | 'precision' | 'mod'>;

/** One paragraph, and a mention for each [words, resolution] (the words found in the paragraph). */
function paragraph(text: string, dates: [string, Resolution][], kind: 'paragraph' | 'caption' = 'paragraph') {
  const id = `bloc-${text.length}`;
  const block: ArticleBlock = kind === 'paragraph' ? { kind, id, text } : { kind, id, text, credit: null };
  const mentions = dates.map(([words, resolution]): DatedMention => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the test paragraph`);
    return { text: words, blockId: id, start, end: start + words.length, ...resolution };
  });
  return { block, mentions };
}

function events(...paragraphs: ReturnType<typeof paragraph>[]) {
  return proposeEvents(paragraphs.map((p) => p.block), paragraphs.flatMap((p) => p.mentions), new IdRegistry());
}

const month = (value: string): Resolution => ({ value, precision: 'month', mod: null });
const day = (value: string): Resolution => ({ value, precision: 'day', mod: null });

describe('events proposed from the dates of the text', () => {
  it.each<[string, string, [string, Resolution][], string | null]>([
    ['a dated past statement', 'Les législateurs ont voté ce mois-ci. Rien depuis.', [['ce mois-ci', month('2020-01')]], 'janvier 2020'],
    ['an announced future', 'Les troupes partiront d’ici la fin de l’année.', [['d’ici la fin de l’année', { value: '2021', precision: 'year', mod: 'by' }]], 'd’ici fin 2021'],
    ['the most precise date of the sentence', 'En 2021, le président a reçu lundi après-midi son homologue.', [['2021', { value: '2021', precision: 'year', mod: null }], ['lundi après-midi', { value: '2021-07-26TAF', precision: 'part-of-day', mod: null }]], 'lundi 26 juillet 2021, après-midi'],
    ['a present statement', 'Avec l’annonce de lundi, ce jour pourrait être plus proche, mais ce n’est pas encore arrivé.', [['lundi', day('2021-07-26')]], null],
    ['a vague reference', 'Le président a parlé aujourd’hui.', [['aujourd’hui', { value: 'PRESENT_REF', precision: 'reference', mod: null }]], null],
    ['an unresolved date', 'Le président a parlé le 3.', [['le 3', { value: null, precision: 'day', mod: null }]], null],
    ['a state since a date', 'Depuis 2019, il a dirigé le pays.', [['Depuis 2019', { value: '2019', precision: 'year', mod: 'since' }]], null],
    ['the date of the telling', 'Un responsable a déclaré jeudi à ABC News que rien ne changeait.', [['jeudi', day('2021-07-22')]], null],
    ['a thing’s date without a number', 'Les horaires du week-end ont été évalués.', [['du week-end', { value: '2022-W10-WE', precision: 'weekend', mod: null }]], null],
    ['a thing’s written date', 'L’attaque du 7 janvier 2015 a fait douze morts.', [['7 janvier 2015', day('2015-01-07')]], 'mercredi 7 janvier 2015'],
    ['the date of the telling after a complement', 'L’ambassadeur a déclaré à ABC News la semaine dernière que rien ne changeait.', [['la semaine dernière', { value: '2021-W29', precision: 'week', mod: null }]], null],
  ])('%s', (_, text, dates, label) => {
    const found = events(paragraph(text, dates));
    expect(found.map((event) => event.label)).toEqual(label === null ? [] : [label]);
  });

  it('makes no event of a caption’s date', () => {
    expect(events(paragraph('Biden a reçu Kadhimi, le 26 juillet 2021.', [['26 juillet 2021', day('2021-07-26')]], 'caption'))).toEqual([]);
  });

  it('titles an event with the sentence’s own words, and points at the sentence', () => {
    const text = 'Un contexte. Pendant l’administration Trump, une série d’attaques entre les milices irakiennes et les forces américaines a précipité un assaut contre l’ambassade en janvier 2020. La suite.';
    const source = paragraph(text, [['janvier 2020', month('2020-01')]]);
    const [event] = events(source);
    expect(event).toMatchObject({ date: '2020-01', label: 'janvier 2020', blockId: source.block.id });
    expect(text.slice(event?.start, event?.end)).toMatch(/^Pendant l’administration Trump.*en janvier 2020\.$/);
    expect(event?.title).toBe('Pendant l’administration Trump, une série d’attaques entre les milices irakiennes et les forces…');
    expect(event?.id).toMatch(/^evenement-pendant-l-administration-trump-une-serie-[a-z0-9]{4}$/);
  });

  it('keeps one event a sentence, puts them in date order, and same dates in the order of the text', () => {
    const found = events(
      paragraph('Les troupes partiront d’ici la fin de l’année. Le président a reçu lundi son homologue.', [
        ['d’ici la fin de l’année', { value: '2021', precision: 'year', mod: 'by' }],
        ['lundi', day('2021-07-26')],
      ]),
      paragraph('Une ambassade a été attaquée en janvier 2020. Le parlement a voté ce mois-ci, en janvier 2020.', [
        ['janvier 2020', month('2020-01')],
        ['ce mois-ci', month('2020-01')],
      ]),
    );
    expect(found.map((event) => event.label)).toEqual(['janvier 2020', 'janvier 2020', 'lundi 26 juillet 2021', 'd’ici fin 2021']);
    expect(found[0]?.title).toMatch(/^Une ambassade/);
  });

  it('gives the same id to the same sentence whatever the other paragraphs say', () => {
    const sentence = paragraph('Le parlement a voté en janvier 2020.', [['janvier 2020', month('2020-01')]]);
    const other = paragraph('Le président a reçu lundi son homologue.', [['lundi', day('2021-07-26')]]);
    expect(events(sentence)[0]?.id).toBe(events(other, sentence).find((event) => event.date === '2020-01')?.id);
  });
});
