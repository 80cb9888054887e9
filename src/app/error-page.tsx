// When the app itself fails: a French message with the way back. On an article, the article's chunk adds the text
// below it (ArticleErrorPage in article-route.tsx), so the front page's script does not carry it.
import type { ReactNode } from 'react';
import { useRouteLoaderData } from 'react-router';
import type { PageData } from '../content/page-data';
import { SiteHeader } from './site-header';
import { PAGE_IDS } from '../lib/page-ids';

export function ErrorPage({ children }: { children?: ReactNode }) {
  const data = useRouteLoaderData<PageData>('article');
  return (
    <div className="mx-auto max-w-[88rem] px-4 sm:px-6">
      <SiteHeader />
      <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-[68ch] py-10">
        <div role="alert" className="rounded-md border border-accent bg-paper-deep p-4 font-sans">
          <p className="font-semibold text-ink">Un problème est survenu dans la page : la chronologie, les citations et les liens ne répondent plus.</p>
          <p className="mt-2">
            <a href={data?.kind === 'article' ? data.article.path : '/'} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
              Recharger l’article
            </a>
          </p>
        </div>
        {children}
      </main>
    </div>
  );
}
