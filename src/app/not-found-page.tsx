// What a reader sees at an address that leads nowhere: a plain French explanation, the way back, and articles to read.
import { Link } from 'react-router';
import type { NotFoundPageData } from '../content/page-data';
import { MoreToRead } from '../features/article-list/more-to-read';
import { PageFrame } from './page-frame';

export function NotFoundPage({ data }: { data: NotFoundPageData }) {
  return (
    <PageFrame mainClassName="py-16 font-serif">
      <h1 className="text-3xl font-bold text-ink">Page introuvable</h1>
      <p className="mt-4 text-lg leading-relaxed">
        Aucun article ne se trouve à cette adresse. Le lien est peut-être incomplet, ou l’article a été déplacé.
      </p>
      <p className="mt-6 font-sans">
        <Link to="/" className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
          Revenir à la une
        </Link>
      </p>
      <MoreToRead articles={data.moreToRead} />
    </PageFrame>
  );
}
