// The page of one article: where the article, its table of contents, its timeline, its quotes and what to read next
// meet. A chunk of its own (see routes.tsx), loaded only on article pages.
import type { ArticlePage } from '../content/article-page';
import type { ArticlePageData, ArticleSummary } from '../content/page-data';
import { PageAddressContext } from '../components/page-address';
import { ArticleView } from '../features/article/article-view';
import { TableOfContents } from '../features/table-of-contents/table-of-contents';
import { Timeline } from '../features/timeline/timeline';
import { QuoteSidebar } from '../features/quotes/quote-sidebar';
import { MoreToRead } from '../features/article-list/more-to-read';
import { useDeepLinkTarget } from '../features/deep-links/use-deep-link-target';
import { SiteHeader, type PanelLink } from './site-header';
import { SiteFooter } from './site-footer';
import { PAGE_IDS } from '../lib/page-ids';

export function ArticleRoute({ data }: { data: ArticlePageData }) {
  // Only an article has places to link to; with the article's chunk, the front page does not download this.
  useDeepLinkTarget();
  // Keyed by article: from one article to another, folded panels and marked sections start afresh.
  return <ArticleLayout key={data.article.slug} page={data.article} moreToRead={data.moreToRead} />;
}

export function ArticleLayout({ page, moreToRead = [] }: { page: ArticlePage; moreToRead?: ArticleSummary[] }) {
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
            <div className={`mx-auto mt-12 w-full max-w-(--reading-width) lg:col-start-2 lg:row-span-3 lg:row-start-1 lg:mt-0 ${hasContents ? 'xl:col-start-3' : ''}`}>
              <div id={PAGE_IDS.sideColumn} className="space-y-10 lg:sticky lg:top-0 lg:max-h-screen lg:overflow-y-auto lg:py-6 lg:pr-1">
                <Timeline events={page.events} />
                <QuoteSidebar quotes={page.quotes} articleTitle={page.title} />
              </div>
            </div>
          )}
          {/* After the panels on phones: the quotes and the timeline belong to the article just read. On wide screens
              the panels' column runs beside this row too, so they stay in view to the end of the page. */}
          <div className={`mx-auto w-full max-w-(--reading-width) lg:col-start-1 ${hasContents ? 'xl:col-start-2' : ''}`}>
            <MoreToRead articles={moreToRead} />
          </div>
        </div>
        <SiteFooter />
      </div>
    </PageAddressContext>
  );
}
