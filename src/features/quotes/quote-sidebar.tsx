// The "Citations": every quote of the article with its speaker, in order of appearance, each linked to its place.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PageQuote } from '../../content/article-page';
import { CopyLinkButton } from '../../components/copy-link-button';
import { useShareableUrl } from '../../components/page-address';
import { PAGE_IDS } from '../../lib/page-ids';

export function QuoteSidebar({ quotes, articleTitle }: { quotes: PageQuote[]; articleTitle: string }) {
  if (quotes.length === 0) return null;
  return (
    <aside aria-labelledby={PAGE_IDS.quotesTitle} id={PAGE_IDS.quotes} className="scroll-mt-6 font-sans">
      <h2 id={PAGE_IDS.quotesTitle} className="text-lg font-bold text-ink">
        Citations
      </h2>
      <p className="text-sm text-muted">
        {quotes.length === 1 ? '1 citation' : `${quotes.length} citations`}, dans l’ordre du texte
      </p>
      <ol className="mt-3 space-y-5">
        {quotes.map((quote) => (
          <QuoteEntry key={quote.id} quote={quote} articleTitle={articleTitle} />
        ))}
      </ol>
    </aside>
  );
}

function QuoteEntry({ quote, articleTitle }: { quote: PageQuote; articleTitle: string }) {
  return (
    <li data-passage={quote.blockId}>
      <figure>
        <blockquote className="border-l-4 border-accent pl-3 font-serif text-base leading-relaxed text-ink">
          <p>{`«\u202f${quote.text}\u202f»`}</p>
        </blockquote>
        <figcaption className="mt-1 pl-4 text-sm font-semibold text-muted">{quote.speaker}</figcaption>
      </figure>
      <p className="mt-1 flex flex-wrap items-center gap-1 pl-3 text-sm">
        <Link to={{ hash: quote.id }} className="inline-flex min-h-6 items-center px-1 font-semibold text-accent underline underline-offset-2">
          Lire dans l’article
        </Link>
        <CopyLinkButton targetId={quote.id} label={`Copier le lien vers la citation de ${quote.speaker} : « ${opening(quote.text)} »`} />
        <ShareQuoteButton quote={quote} articleTitle={articleTitle} />
      </p>
    </li>
  );
}

/** Shown only where the browser can hand the quote to the phone's own share sheet. */
function ShareQuoteButton({ quote, articleTitle }: { quote: PageQuote; articleTitle: string }) {
  const shareableUrl = useShareableUrl();
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  if (!canShare) return null;

  async function share() {
    try {
      await navigator.share({ title: articleTitle, text: `« ${quote.text} » — ${quote.speaker}`, url: shareableUrl(quote.id) });
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
  }

  return (
    <button type="button" onClick={share} aria-label={`Partager la citation de ${quote.speaker} : « ${opening(quote.text)} »`} className="inline-flex min-h-6 items-center rounded px-1.5 py-1 text-muted hover:bg-highlight hover:text-accent">
      Partager
    </button>
  );
}

/** The first words of a quote, enough to tell apart the buttons of two quotes by one speaker. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')}…`;
}
