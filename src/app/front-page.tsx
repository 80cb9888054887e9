// "/": the featured article, the newest ones after it, the way to the archive and to search.
import { Link } from 'react-router';
import type { FrontPageData } from '../content/page-data';
import { ArticleCard } from '../features/article-list/article-card';
import { ArticleList } from '../features/article-list/article-list';
import { SearchForm } from '../features/search/search-form';
import { PageFrame } from './page-frame';
import { PAGE_IDS } from '../lib/page-ids';

export function FrontPage({ data }: { data: FrontPageData }) {
  const { featured, latest, articleCount } = data;
  return (
    <PageFrame>
      <h1 className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">À la une</h1>
      <div className="mt-2">
        <ArticleCard article={featured} headingLevel={2} prominent />
      </div>
      {latest.length > 0 && (
        <section aria-labelledby={PAGE_IDS.latestArticles} className="mt-12 border-t-2 border-ink pt-4 lazy-render">
          <h2 id={PAGE_IDS.latestArticles} className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
            Derniers articles
          </h2>
          <ArticleList articles={latest} headingLevel={3} />
        </section>
      )}
      <p className="mt-6 font-sans">
        <Link to="/articles/" className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
          Tous les articles ({articleCount})
        </Link>
      </p>
      <div className="mt-10">
        <SearchForm />
      </div>
    </PageFrame>
  );
}
