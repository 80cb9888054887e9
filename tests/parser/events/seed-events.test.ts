// The seed article without its edition: the timeline the parser proposes is the story's own (issue 7 §5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/parser/article';
import { parseArticle } from '../../../src/parser/parse-article';

const SEED = join(import.meta.dirname, '..', '..', 'fixtures', 'articles', 'seed-biden-irak', 'article.txt');

let article: Article;
beforeAll(() => {
  const parsed = parseArticle(readFileSync(SEED, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  article = parsed.article;
});

/** Each event as a reader checks it: its date, its label, and the words of the sentence it points at. */
function told() {
  const texts = new Map(article.blocks.map((block) => [block.id, block.kind === 'related' ? block.title : block.text]));
  return article.events.map((event) => ({ date: event.date, label: event.label, passage: texts.get(event.blockId)?.slice(event.start, event.end) ?? '' }));
}

describe('the events of the seed article', () => {
  it('are the embassy assault, the Soleimani strike, the parliament’s vote, the meeting and the end of the mission, in date order', () => {
    const events = told();
    expect(events.map((event) => event.label)).toEqual([
      'janvier 2020', 'janvier 2020', 'janvier 2020', expect.stringMatching(/^lundi 26 juillet 2021/), 'd’ici fin 2021',
    ]);
    expect(events.map((event) => event.date.slice(0, 10))).toEqual(['2020-01', '2020-01', '2020-01', '2021-07-26', '2021']);
    expect(events[0]?.passage).toMatch(/a précipité un assaut contre l’ambassade américaine à Bagdad en janvier 2020\.$/);
    expect(events[1]?.passage).toMatch(/^Quelques jours plus tard, le président Donald Trump a ordonné la frappe aérienne qui a tué .*Qassem Soleimani/);
    expect(events[2]?.passage).toMatch(/^Avec une majorité au parlement, les législateurs chiites ont voté pour expulser les troupes américaines ce mois-ci\.$/);
    expect(events[3]?.passage).toMatch(/^Le président, lors d’une rencontre avec le Premier ministre irakien Mustafa Al-Kadhimi lundi après-midi/);
    expect(events[4]?.passage).toMatch(/^Président Joe Biden a déclaré que les États-Unis « n’allaient pas participer, d’ici la fin de l’année, à une mission de combat » en Irak\.$/);
  });

  it('title each event with the start of its own sentence', () => {
    const events = told();
    article.events.forEach((event, index) => {
      const passage = events[index]?.passage ?? '';
      expect(passage.startsWith(event.title.replace(/…$/u, ''))).toBe(true);
    });
  });
});
