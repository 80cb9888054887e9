// Other articles of the site, offered where a reading ends: after an article, and on a page that leads nowhere.
import type { ArticleSummary } from '../../content/page-data';
import { ArticleList } from './article-list';
import { PAGE_IDS } from '../../lib/page-ids';

export function MoreToRead({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={PAGE_IDS.moreToRead} className="mt-14 border-t-2 border-ink pt-4 lazy-render">
      <h2 id={PAGE_IDS.moreToRead} className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
        D’autres articles à lire
      </h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
