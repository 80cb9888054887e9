// What a reader sees at an address that leads nowhere: a plain French explanation and the way back.
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { PAGE_IDS } from '../lib/page-ids';

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-[88rem] px-4 sm:px-6">
      <SiteHeader />
      <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-[68ch] py-16 font-serif">
        <h1 className="text-3xl font-bold text-ink">Page introuvable</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Aucun article ne se trouve à cette adresse. Le lien est peut-être incomplet, ou l’article a été déplacé.
        </p>
        <p className="mt-6 font-sans">
          <a href="/" className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
            Revenir à l’article à la une
          </a>
        </p>
      </main>
      <SiteFooter />
    </div>
  );
}
