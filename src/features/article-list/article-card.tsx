// One article in a list: its title as the link, when and where it was published, how long it reads, and its opening.
import { Link } from 'react-router';
import type { ArticleSummary } from '../../content/page-data';
import { DotSeparated } from '../../components/dot-separated';
import { articleCardId } from '../../lib/page-ids';

export type HeadingLevel = 2 | 3;

export function ArticleCard({ article, headingLevel, prominent = false }: { article: ArticleSummary; headingLevel: HeadingLevel; prominent?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article aria-labelledby={articleCardId(article.slug)} className="font-sans">
      <Heading id={articleCardId(article.slug)} className={`font-serif leading-snug font-bold text-balance text-ink ${prominent ? 'text-3xl sm:text-4xl' : 'text-xl'}`}>
        <Link to={article.path} className="underline-offset-4 hover:text-accent hover:underline">
          {article.title}
        </Link>
      </Heading>
      <ArticleFacts article={article} />
      <p className={`mt-2 font-serif text-ink ${prominent ? 'text-lg leading-relaxed' : 'leading-relaxed'}`}>{article.description}</p>
    </article>
  );
}

/** "26 juillet 2021 · abcnews.go.com · 4 min de lecture", leaving out what is not known. */
function ArticleFacts({ article }: { article: ArticleSummary }) {
  const facts = [
    article.publishedAt && article.publishedLabel ? <time dateTime={article.publishedAt}>{article.publishedLabel}</time> : null,
    article.source,
    `${article.readingMinutes} min de lecture`,
  ].filter((fact) => fact !== null);
  return <DotSeparated items={facts} className="mt-1 text-sm text-muted" />;
}
