// A list of articles, in the order given (newest first wherever the site lists them).
import type { ArticleSummary } from '../../content/page-data';
import { ArticleCard, type HeadingLevel } from './article-card';

export function ArticleList({ articles, headingLevel }: { articles: ArticleSummary[]; headingLevel: HeadingLevel }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.slug} className="py-5">
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
