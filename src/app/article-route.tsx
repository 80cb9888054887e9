// The page of one article: where the article, its table of contents, its timeline, its quotes and what to read next
// meet, and what it shows if one of them fails. A chunk of its own (see routes.tsx), loaded only on article pages.
import { useRouteLoaderData } from 'react-router';
import type { ArticlePage, PageBlock } from '../content/article-page';
import type { ArticlePageData, ArticleSummary, PageData } from '../content/page-data';
import { PageAddressContext } from '../components/page-address';
import { ArticleView } from '../features/article/article-view';
import { TableOfContents } from '../features/table-of-contents/table-of-contents';
import { Timeline } from '../features/timeline/timeline';
import { QuoteSidebar } from '../features/quotes/quote-sidebar';
import { MoreToRead } from '../features/article-list/more-to-read';
import { useDeepLinkTarget } from '../features/deep-links/use-deep-link-target';
import { HydrateWhenIdle } from '../components/hydrate-when-idle';
import { SiteHeader } from './site-header';
import { PanelLinks, type PanelLink } from './panel-links';
import { ErrorPage } from './error-page';
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
        <SiteHeader pageLinks={panels.length > 0 ? <PanelLinks panels={panels} /> : undefined} />
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
              <div id={PAGE_IDS.sideColumn} className="space-y-10 max-lg:lazy-render lg:sticky lg:top-0 lg:max-h-screen lg:overflow-y-auto lg:py-6 lg:pr-1">
                {/* Adopted by React after the article, in a render and a commit of their own (components/hydrate-when-idle). */}
                <HydrateWhenIdle servedWith={PAGE_IDS.sideColumn}>
                  <Timeline events={page.events} />
                  <QuoteSidebar quotes={page.quotes} articleTitle={page.title} />
                </HydrateWhenIdle>
              </div>
            </div>
          )}
          {/* After the panels on phones: the quotes and the timeline belong to the article just read. On wide screens
              the panels' column runs beside this row too, so they stay in view to the end of the page. */}
          <div className={`mx-auto w-full max-w-(--reading-width) lg:col-start-1 ${hasContents ? 'xl:col-start-2' : ''}`}>
            <HydrateWhenIdle servedWith={PAGE_IDS.sideColumn}>
              <MoreToRead articles={moreToRead} />
            </HydrateWhenIdle>
          </div>
        </div>
        </div>
    </PageAddressContext>
  );
}

/** When a part of the article page fails: the message and the way back, and the article's text all the same, plain. */
export function ArticleErrorPage() {
  const data = useRouteLoaderData<PageData>('article');
  const page = data?.kind === 'article' ? data.article : null;
  return (
    <ErrorPage>
      {page && (
        <article aria-labelledby="titre-article" className="article-text mt-8 space-y-5">
          <h1 id={PAGE_IDS.articleTitle} className="text-3xl leading-tight font-bold">
            {page.title}
          </h1>
          {page.sections.map((section, index) => (
            <section key={section.heading?.id ?? index} className="space-y-5">
              {section.heading && <h2 className="text-2xl font-bold">{section.heading.title}</h2>}
              {section.blocks.map((block) => (
                <p key={block.id}>{plainText(block)}</p>
              ))}
            </section>
          ))}
        </article>
      )}
    </ErrorPage>
  );
}

function plainText(block: PageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((run) => run.text).join('');
    case 'caption':
      return `Photo : ${block.text}${block.credit ? ` (${block.credit})` : ''}`;
    case 'related':
      return `À lire aussi : ${block.title}`;
    case 'heading':
      return block.text;
  }
}
