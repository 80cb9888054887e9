// The article itself: title, sections with their headings, paragraphs with their quotes and their timeline passages
// marked, captions, teasers, intertitles, credits.
import { Link } from 'react-router';
import type { ArticlePage, PageBlock, PagePassage, PageSection, TextRun } from '../../content/article-page';
import { CopyLinkButton } from '../../components/copy-link-button';
import { PAGE_IDS } from '../../lib/page-ids';
import { ArticleByline } from './article-byline';

export function ArticleView({ page }: { page: ArticlePage }) {
  return (
    <article aria-labelledby="titre-article" className="article-text">
      <div className="mb-8">
        <h1 id={PAGE_IDS.articleTitle} className="font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl">
          {page.title}
        </h1>
        <ArticleByline page={page} />
        <p className="mt-1 font-sans text-sm text-muted">
          {page.readingMinutes} min de lecture
        </p>
      </div>
      {page.sections.map((section, index) => (
        <ArticleSection key={section.heading?.id ?? `ouverture-${index}`} section={section} belowFirstScreen={index > 0} />
      ))}
      <ArticleCredits page={page} />
    </article>
  );
}

/** `belowFirstScreen`: every section but the first starts below a phone's first screen, and is drawn when near it. */
function ArticleSection({ section, belowFirstScreen }: { section: PageSection; belowFirstScreen: boolean }) {
  const blocks = section.blocks.map((block) => <ArticleBlock key={block.id} block={block} />);
  const drawn = belowFirstScreen ? ' lazy-render' : '';
  if (!section.heading) return <div className={`space-y-5${drawn}`}>{blocks}</div>;
  const { id, title } = section.heading;
  return (
    <section aria-labelledby={id} className={`mt-10 space-y-5${drawn}`}>
      <div className="group flex items-baseline gap-2">
        <h2 id={id} tabIndex={-1} className="scroll-mt-6 font-serif text-2xl leading-snug font-bold text-ink">
          {title}
        </h2>
        <CopyLinkButton targetId={id} label="Copier le lien vers cette section" />
      </div>
      {blocks}
    </section>
  );
}

function ArticleBlock({ block }: { block: PageBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p id={block.id} className="scroll-mt-6 rounded-sm">
          {groupByPassage(block.runs, block.passages).map(({ passage, runs, from }) =>
            passage ? (
              <span key={passage.id}>
                <mark id={passage.id} className="scroll-mt-6 rounded-sm bg-highlight/50 text-ink">
                  {runs.map((run, index) => <Run key={from + index} run={run} />)}
                </mark>
                <DateMark passage={passage} />
              </span>
            ) : (
              runs.map((run, index) => <Run key={from + index} run={run} />)
            ),
          )}
          <CopyLinkButton targetId={block.id} label="Copier le lien vers ce paragraphe" className="paragraph-link" />
        </p>
      );
    case 'caption':
      return (
        <figure id={block.id} className="scroll-mt-6 border-l-4 border-rule py-1 pl-4 font-sans text-base text-muted">
          <figcaption>
            <span className="mr-2 inline-block rounded-sm bg-highlight px-1.5 text-xs font-semibold tracking-wide text-ink uppercase">
              Photo
            </span>
            {block.text}
            {block.credit && <span className="mt-1 block text-sm">{`Crédit\u00a0: ${block.credit}`}</span>}
          </figcaption>
        </figure>
      );
    case 'heading':
      // An intertitle of the text inside a section the edition drew: a heading of the same rank as the sections'.
      return (
        <h2 id={block.id} tabIndex={-1} className="scroll-mt-6 pt-4 font-serif text-2xl leading-snug font-bold text-ink">
          {block.text}
        </h2>
      );
    case 'related':
      return (
        <p id={block.id} className="scroll-mt-6 rounded-md border border-rule bg-paper-deep px-4 py-3 font-sans text-base text-ink">
          <strong className="mb-1 block text-xs tracking-wide text-accent uppercase">À lire aussi</strong>
          {block.path ? (
            <Link to={block.path} className="font-semibold text-accent underline underline-offset-2">
              {block.title}
            </Link>
          ) : (
            block.title
          )}
        </p>
      );
  }
}

function Run({ run }: { run: TextRun }) {
  if (!run.quoteId) return <span>{run.text}</span>;
  return (
    <q id={run.quoteContinued ? undefined : run.quoteId} className="scroll-mt-6 rounded-sm">
      {run.text}
    </q>
  );
}

/** Beside a marked sentence: its date, a link to its event in the timeline. */
function DateMark({ passage }: { passage: PagePassage }) {
  return (
    <Link
      to={{ hash: passage.eventId }}
      aria-label={`${passage.dateLabel}, dans la chronologie`}
      className="ml-1 rounded-sm px-1 align-[0.1em] font-sans text-xs font-semibold whitespace-nowrap text-accent underline underline-offset-2"
    >
      <time dateTime={passage.datetime}>{passage.dateLabel}</time>
    </Link>
  );
}

/** Consecutive runs of one passage, to mark together; `from` keeps each run's index as its key. */
function groupByPassage(runs: TextRun[], passages: PagePassage[]) {
  const groups: { passage: PagePassage | undefined; runs: TextRun[]; from: number }[] = [];
  runs.forEach((run, index) => {
    const last = groups[groups.length - 1];
    if (last && last.passage?.id === run.passageId) last.runs.push(run);
    else groups.push({ passage: passages.find((passage) => passage.id === run.passageId), runs: [run], from: index });
  });
  return groups;
}

function ArticleCredits({ page }: { page: ArticlePage }) {
  if (page.contributors.length === 0 && !page.source) return null;
  return (
    <footer className="mt-12 border-t border-rule pt-4 font-sans text-sm text-muted">
      {page.contributors.length > 0 && <p>Avec la contribution de {joinNames(page.contributors)}.</p>}
      {page.source && <p>Publié à l’origine sur {page.source}.</p>}
    </footer>
  );
}

function joinNames(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}
