// The "Citations": the quotes the parser found, in order of appearance, each with its speaker (or "non attribuée")
// and linked to its place; a reader can keep one speaker's quotes.
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { PageQuote } from '../../content/article-page';
import { CopyLinkButton } from '../../components/copy-link-button';
import { useShareableUrl } from '../../components/page-address';
import { countQuotes, describeSelection, listSpeakers, selectQuotes, UNATTRIBUTED, EVERYONE } from './quote-selection';
import { PAGE_IDS } from '../../lib/page-ids';

export function QuoteSidebar({ quotes, articleTitle }: { quotes: PageQuote[]; articleTitle: string }) {
  const [chosen, setSelection] = useState(EVERYONE);
  if (quotes.length === 0) return null;
  const speakers = listSpeakers(quotes);
  // A choice made on another article (the sidebar stays mounted across pages) falls back to everyone.
  const unattributed = quotes.filter((quote) => quote.speaker === null).length;
  const offered = chosen === EVERYONE || (chosen === UNATTRIBUTED ? unattributed > 0 : speakers.some((speaker) => speaker.id === chosen));
  const selection = offered ? chosen : EVERYONE;
  const shown = selectQuotes(quotes, selection);
  // A filter is worth offering only when there is something to tell apart.
  const canFilter = speakers.length + (unattributed > 0 ? 1 : 0) > 1;
  return (
    <aside aria-labelledby={PAGE_IDS.quotesTitle} id={PAGE_IDS.quotes} className="scroll-mt-6 font-sans">
      <h2 id={PAGE_IDS.quotesTitle} className="text-lg font-bold text-ink">
        Citations
      </h2>
      {canFilter && (
        // Toggle buttons rather than a <select>: each choice is one Tab stop away and says whether it is pressed.
        // Only a script can filter: without one, the group is not shown (and every quote is).
        <div role="group" aria-label="Citations de" className="needs-script mt-2 flex flex-wrap gap-1.5 text-sm">
          <SpeakerButton selected={selection === EVERYONE} onSelect={() => setSelection(EVERYONE)}>
            Toutes ({quotes.length})
          </SpeakerButton>
          {speakers.map((speaker) => (
            <SpeakerButton key={speaker.id} selected={selection === speaker.id} onSelect={() => setSelection(speaker.id)}>
              {speaker.name} ({speaker.count})
            </SpeakerButton>
          ))}
          {unattributed > 0 && (
            <SpeakerButton selected={selection === UNATTRIBUTED} onSelect={() => setSelection(UNATTRIBUTED)}>
              non attribuées ({unattributed})
            </SpeakerButton>
          )}
        </div>
      )}
      <p className="mt-1 text-sm text-muted" aria-live="polite">
        {selection === EVERYONE ? countQuotes(quotes) : describeSelection(quotes, selection)}
      </p>
      <ol className="mt-3 space-y-5">
        {shown.map((quote) => (
          <QuoteEntry key={quote.id} quote={quote} articleTitle={articleTitle} />
        ))}
      </ol>
    </aside>
  );
}

function SpeakerButton({ selected, onSelect, children }: { selected: boolean; onSelect: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={onSelect}
      className={`min-h-6 rounded-full border px-2.5 py-0.5 ${selected ? 'border-accent bg-accent text-paper' : 'border-rule text-ink hover:bg-highlight'}`}
    >
      {children}
    </button>
  );
}

function QuoteEntry({ quote, articleTitle }: { quote: PageQuote; articleTitle: string }) {
  const whose = quote.speaker ? `la citation de ${quote.speaker.name}` : 'la citation non attribuée';
  return (
    <li data-passage={quote.blockId}>
      <figure>
        <blockquote className="border-l-4 border-accent pl-3 font-serif text-base leading-relaxed text-ink">
          <p>{`«\u202f${quote.text}\u202f»`}</p>
        </blockquote>
        <figcaption className={`mt-1 pl-4 text-sm text-muted ${quote.speaker ? 'font-semibold' : 'italic'}`}>
          {quote.speaker ? quote.speaker.name : 'non attribuée'}
        </figcaption>
      </figure>
      <p className="mt-1 flex flex-wrap items-center gap-1 pl-3 text-sm">
        <Link to={{ hash: quote.id }} className="inline-flex min-h-6 items-center px-1 font-semibold text-accent underline underline-offset-2">
          Lire dans l’article
        </Link>
        <CopyLinkButton targetId={quote.id} label={`Copier le lien vers ${whose} : « ${opening(quote.text)} »`} />
        <ShareQuoteButton quote={quote} articleTitle={articleTitle} whose={whose} />
      </p>
    </li>
  );
}

/** Shown only where the browser can hand the quote to the phone's own share sheet. */
function ShareQuoteButton({ quote, articleTitle, whose }: { quote: PageQuote; articleTitle: string; whose: string }) {
  const shareableUrl = useShareableUrl();
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  if (!canShare) return null;

  async function share() {
    // An unattributed quote is shared without a name: the share sheet must not claim more than the page does.
    const text = quote.speaker ? `« ${quote.text} » — ${quote.speaker.name}` : `« ${quote.text} »`;
    try {
      await navigator.share({ title: articleTitle, text, url: shareableUrl(quote.id) });
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
  }

  return (
    <button type="button" onClick={share} aria-label={`Partager ${whose} : « ${opening(quote.text)} »`} className="inline-flex min-h-6 items-center rounded px-1.5 py-1 text-muted hover:bg-highlight hover:text-accent">
      Partager
    </button>
  );
}

/** The first words of a quote, enough to tell apart the buttons of two quotes by one speaker. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')}…`;
}
