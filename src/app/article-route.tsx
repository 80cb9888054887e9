// The page of one article: where the article, its table of contents, its timeline and its quotes meet.
import { useParams } from 'react-router';
import type { ArticlePage } from '../content/article-page';
import { PageAddressContext } from '../components/page-address';
import { ArticleView } from '../features/article/article-view';
import { TableOfContents } from '../features/table-of-contents/table-of-contents';
import { Timeline } from '../features/timeline/timeline';
import { QuoteSidebar } from '../features/quotes/quote-sidebar';
import { usePageData } from './page-data';
import { SiteHeader, type PanelLink } from './site-header';
import { SiteFooter } from './site-footer';
import { NotFoundPage } from './not-found-page';
import { PAGE_IDS } from '../lib/page-ids';

/** "/" shows the default article, "/articles/<slug>/" the article of that slug; the document carries which one. */
export function ArticleRoute() {
  const page = usePageData();
  const { slug } = useParams();
  if (!page || (slug !== undefined && slug !== page.slug)) return <NotFoundPage />;
  return <ArticleLayout page={page} />;
}

export function ArticleLayout({ page }: { page: ArticlePage }) {
  const headings = page.sections.flatMap((section) => (section.heading ? [section.heading] : []));
  const hasContents = headings.length > 0;
  const panels: PanelLink[] = [
    ...(hasContents ? [{ id: PAGE_IDS.contents, label: 'Sommaire' }] : []),
    ...(page.events.length > 0 ? [{ id: PAGE_IDS.timeline, label: 'Chronologie' }] : []),
    ...(page.quotes.length > 0 ? [{ id: PAGE_IDS.quotes, label: 'Citations' }] : []),
  ];
  // Phones: one column, contents folded above the title, panels after the article. From 1024 px: the panels in a
  // column of their own, kept in view and following the reading. From 1280 px: the contents too, on the left.
  // The column's width is the reader's (--reading-width: standard or wide).
  return (
    <PageAddressContext value={page.path}>
      <div className="mx-auto max-w-[88rem] px-4 sm:px-6">
        <SiteHeader panels={panels} />
        <div className={`gap-x-10 pt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] ${hasContents ? 'xl:grid-cols-[13rem_minmax(0,1fr)_20rem]' : ''}`}>
          {hasContents && (
            <div id={PAGE_IDS.contents} tabIndex={-1} className="mx-auto mb-6 max-w-(--reading-width) scroll-mt-16 rounded-md border border-rule bg-paper-deep px-4 py-1 lg:col-start-1 lg:row-start-1 lg:mx-auto lg:w-full lg:max-w-(--reading-width) xl:row-span-2 xl:mb-0 xl:max-w-none xl:border-0 xl:bg-transparent xl:p-0">
              <div className="xl:sticky xl:top-6">
                <TableOfContents entries={headings} />
              </div>
            </div>
          )}
          <main
            id={PAGE_IDS.mainContent}
            tabIndex={-1}
            className={`mx-auto w-full max-w-(--reading-width) lg:col-start-1 ${hasContents ? 'lg:row-start-2 xl:col-start-2 xl:row-span-2 xl:row-start-1' : 'lg:row-start-1'}`}
          >
            <ArticleView page={page} />
          </main>
          {panels.length > 0 && (
            <div className={`mx-auto mt-12 w-full max-w-(--reading-width) lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0 ${hasContents ? 'xl:col-start-3' : ''}`}>
              <div id={PAGE_IDS.sideColumn} className="space-y-10 lg:sticky lg:top-0 lg:max-h-screen lg:overflow-y-auto lg:py-6 lg:pr-1">
                <Timeline events={page.events} />
                <QuoteSidebar quotes={page.quotes} articleTitle={page.title} />
              </div>
            </div>
          )}
        </div>
        <SiteFooter />
      </div>
    </PageAddressContext>
  );
}
