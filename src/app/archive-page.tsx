// "/articles/": every article, newest first, a page of them at a time.
import { Link } from 'react-router';
import { archivePath, type ArchivePageData } from '../content/page-data';
import { ArticleList } from '../features/article-list/article-list';
import { PageFrame } from './page-frame';

export function ArchivePage({ data }: { data: ArchivePageData }) {
  const { pageNumber, pageCount, articleCount, articles } = data;
  return (
    <PageFrame>
      <h1 className="font-serif text-3xl font-bold text-ink">Tous les articles</h1>
      <p className="mt-2 font-sans text-sm text-muted">
        {articleCount} article{articleCount > 1 ? 's' : ''}, du plus récent au plus ancien
        {pageCount > 1 && ` · page ${pageNumber} sur ${pageCount}`}
      </p>
      <ArticleList articles={articles} headingLevel={2} />
      {pageCount > 1 && <ArchivePagination pageNumber={pageNumber} pageCount={pageCount} />}
    </PageFrame>
  );
}

/** Previous, next, and the pages around this one (first and last always): ten thousand links would help no one. */
function ArchivePagination({ pageNumber, pageCount }: { pageNumber: number; pageCount: number }) {
  const shown = [...new Set([1, pageNumber - 2, pageNumber - 1, pageNumber, pageNumber + 1, pageNumber + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 font-semibold text-accent hover:bg-highlight';
  return (
    <nav aria-label="Pages des archives" className="mt-8 border-t border-rule pt-4 font-sans">
      <ul className="flex flex-wrap items-center gap-1">
        {pageNumber > 1 && (
          <li>
            <Link to={archivePath(pageNumber - 1)} rel="prev" className={linkClass}>
              ← Plus récents
            </Link>
          </li>
        )}
        {shown.map((n, index) => (
          <li key={n} className="flex items-center">
            {index > 0 && n - shown[index - 1]! > 1 && <span aria-hidden="true" className="px-1 text-muted">…</span>}
            {n === pageNumber ? (
              <span aria-current="page" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded bg-ink px-3 font-semibold text-paper">
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link to={archivePath(n)} className={linkClass} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {pageNumber < pageCount && (
          <li>
            <Link to={archivePath(pageNumber + 1)} rel="next" className={linkClass}>
              Plus anciens →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
