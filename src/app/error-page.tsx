// When the app itself fails: a French message with the way back, and the article's text still there to read.
import { useRouteLoaderData } from 'react-router';
import type { PageBlock } from '../content/article-page';
import type { PageData } from '../content/page-data';
import { SiteHeader } from './site-header';
import { PAGE_IDS } from '../lib/page-ids';

export function ErrorPage() {
  const data = useRouteLoaderData<PageData>('article');
  const page = data?.kind === 'article' ? data.article : null;
  return (
    <div className="mx-auto max-w-[88rem] px-4 sm:px-6">
      <SiteHeader />
      <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-[68ch] py-10">
        <div role="alert" className="rounded-md border border-accent bg-paper-deep p-4 font-sans">
          <p className="font-semibold text-ink">Un problème est survenu dans la page : la chronologie, les citations et les liens ne répondent plus.</p>
          <p className="mt-2">
            <a href={page?.path ?? '/'} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
              Recharger l’article
            </a>
          </p>
        </div>
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
      </main>
    </div>
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
