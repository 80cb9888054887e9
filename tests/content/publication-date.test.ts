// When an article was published: the edition's date, else the one the parser read in the text, said in French.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/parse-article';
import { composeArticlePage } from '../../src/content/compose-article-page';
import type { Article } from '../../src/parser/article';

function parsed(): Article {
  const result = parseArticle('Le titre de l’article\n\n\nUn premier paragraphe assez long pour être un paragraphe de l’article.\n');
  if (!result.ok) throw new Error(result.problem);
  return result.article;
}

function compose(article: Article, publishedAt?: string) {
  const result = composeArticlePage('exemple', article, publishedAt ? { publishedAt, sections: [], events: [] } : null);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.page;
}

describe('the publication date', () => {
  it('is the edition\'s, shown as "26 juillet 2021"', () => {
    expect(compose(parsed(), '2021-07-26')).toMatchObject({ publishedAt: '2021-07-26', publishedLabel: '26 juillet 2021' });
    expect(compose(parsed(), '2021-03-01T09:30:00+01:00')).toMatchObject({ publishedLabel: '1er mars 2021' });
  });

  it('else the one the parser found in the text (a dateline, a "Publié le" line), when it finds one', () => {
    const withDateline = { ...parsed(), publishedAt: { value: '2022-04-02', source: 'dateline' } } as Article;
    expect(compose(withDateline)).toMatchObject({ publishedAt: '2022-04-02', publishedLabel: '2 avril 2022' });
    expect(compose(withDateline, '2021-07-26').publishedAt).toBe('2021-07-26');
  });

  it('is unknown when neither says it', () => {
    expect(compose({ ...parsed(), publishedAt: null } as Article)).toMatchObject({ publishedAt: null, publishedLabel: null });
  });
});
