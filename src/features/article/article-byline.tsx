// The line under an article's title: "Publié le 26 juillet 2021 · abcnews.go.com · Libby Cathey", what is known of it.
import type { ArticlePage } from '../../content/article-page';
import { DotSeparated } from '../../components/dot-separated';

export function ArticleByline({ page }: { page: ArticlePage }) {
  const parts = [
    page.publishedAt && page.publishedLabel ? (
      <>
        Publié le <time dateTime={page.publishedAt}>{page.publishedLabel}</time>
      </>
    ) : null,
    page.source,
    page.contributors.length > 0 ? page.contributors.join(', ') : null,
  ].filter((part) => part !== null);
  return <DotSeparated items={parts} className="mt-4 font-sans text-sm text-muted" />;
}
