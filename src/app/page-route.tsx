// Renders a route's page from its data, and "not found" when the data says so (an article removed since the link).
import { useEffect, type ComponentType } from 'react';
import { useLoaderData } from 'react-router';
import type { PageData } from '../content/page-data';
import { documentTitle } from './document-title';
import { NotFoundPage } from './not-found-page';

type PageKind = PageData['kind'];
export type PageOf<K extends PageKind> = Extract<PageData, { kind: K }>;

export function PageRoute<K extends PageKind>({ kind, page: Page }: { kind: K; page: ComponentType<{ data: PageOf<K> }> }) {
  const data = useLoaderData<PageData>();
  // The prerendered page has its title already; after a client-side navigation the tab and the history say where we are.
  const title = documentTitle(data);
  useEffect(() => {
    document.title = title;
  }, [title]);

  if (data.kind === kind) return <Page data={data as PageOf<K>} />;
  return <NotFoundPage data={data.kind === 'not-found' ? data : { kind: 'not-found', moreToRead: [] }} />;
}
