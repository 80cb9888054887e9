// A small article page, written by hand so that the component tests do not depend on the parser.
import type { ArticlePage } from '../../src/content/article-page';

export const samplePage: ArticlePage = {
  slug: 'exemple',
  path: '/articles/exemple/',
  title: 'Les États-Unis terminent leur mission de combat en Irak',
  description: 'Joe Biden annonce la fin de la mission de combat.',
  source: 'abcnews.go.com',
  contributors: ['Libby Cathey'],
  publishedAt: null,
  publishedLabel: null,
  readingMinutes: 4,
  sections: [
    {
      heading: { id: 'l-annonce', title: 'L’annonce' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'president-joe-biden-a-declare-ab12',
          runs: [
            { text: 'Président Joe Biden a déclaré que les États-Unis «\u202f' },
            { text: 'n’allaient pas participer à une mission de combat', quoteId: 'citation-n-allaient-pas-cd34' },
            { text: '\u202f» en Irak.' },
          ],
          passages: [],
        },
        { kind: 'caption', id: 'photo-le-president-ef56', text: 'Le président Joe Biden rencontre Mustafa al-Kadhimi.', credit: 'Susan Walsh/AP' },
      ],
    },
    {
      heading: { id: 'depuis-2020', title: 'Depuis 2020' },
      blocks: [
        { kind: 'related', id: 'plus-le-secretaire-gh78', title: 'Le secrétaire à la Défense s’exprime' },
        { kind: 'paragraph', id: 'pendant-l-administration-trump-ij90', runs: [{ text: 'Pendant l’administration Trump, un assaut contre l’ambassade.' }], passages: [] },
      ],
    },
  ],
  quotes: [
    { id: 'citation-n-allaient-pas-cd34', text: 'n’allaient pas participer à une mission de combat', speaker: { id: 'joe-biden', name: 'Joe Biden' }, blockId: 'president-joe-biden-a-declare-ab12' },
  ],
  events: [
    {
      id: 'assaut-ambassade',
      date: '2020-01',
      dateLabel: 'janvier 2020',
      title: 'Assaut contre l’ambassade américaine',
      summary: 'Des milices franchissent le périmètre extérieur.',
      blockId: 'pendant-l-administration-trump-ij90',
      passageId: null,
    },
    {
      id: 'rencontre',
      date: '2021-07-26',
      dateLabel: '26 juillet 2021',
      title: 'Rencontre à la Maison-Blanche',
      summary: 'Joe Biden reçoit Mustafa al-Kadhimi.',
      blockId: 'president-joe-biden-a-declare-ab12',
      passageId: null,
    },
  ],
};

/** The same article without an edition's events: the timeline shows what the parser proposed, each event's sentence
 *  marked in the text with a date mark beside it. */
export const pageWithProposedEvents: ArticlePage = {
  ...samplePage,
  sections: [
    {
      heading: null,
      blocks: [
        {
          kind: 'paragraph',
          id: 'pendant-l-administration-trump-ij90',
          runs: [
            { text: 'Pendant l’administration Trump, un assaut a visé l’ambassade en janvier 2020.', passageId: 'passage-evenement-pendant-l-administration-kl12' },
            { text: ' Personne n’a été blessé.' },
          ],
          passages: [
            { id: 'passage-evenement-pendant-l-administration-kl12', eventId: 'evenement-pendant-l-administration-kl12', dateLabel: 'janvier 2020', datetime: '2020-01' },
          ],
        },
      ],
    },
  ],
  events: [
    {
      id: 'evenement-pendant-l-administration-kl12',
      date: '2020-01',
      dateLabel: 'janvier 2020',
      title: 'Pendant l’administration Trump, un assaut a visé l’ambassade en janvier 2020.',
      summary: null,
      blockId: 'pendant-l-administration-trump-ij90',
      passageId: 'passage-evenement-pendant-l-administration-kl12',
    },
  ],
};
