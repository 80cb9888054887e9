// What every page but an article's is set in: the site's header and one main column (the footer is in index.html).
import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';
import { PAGE_IDS } from '../lib/page-ids';

export function PageFrame({ children, mainClassName = 'pt-8' }: { children: ReactNode; mainClassName?: string }) {
  return (
    <div className="mx-auto max-w-[88rem] px-4 sm:px-6">
      <SiteHeader />
      <main id={PAGE_IDS.mainContent} tabIndex={-1} className={`mx-auto max-w-[68ch] ${mainClassName}`}>
        {children}
      </main>
    </div>
  );
}
