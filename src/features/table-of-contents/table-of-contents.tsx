// The list of the article's sections, which shows the reader which one they are in as they scroll.
// On wide screens it stays open beside the article; on narrow ones it folds into one line above the title.
import { useState } from 'react';
import { Link } from 'react-router';
import { DisclosureButton } from '../../components/disclosure-button';
import { useCurrentSection } from './use-current-section';
import { PAGE_IDS } from '../../lib/page-ids';

export interface TableOfContentsEntry {
  id: string;
  title: string;
}

export function TableOfContents({ entries }: { entries: TableOfContentsEntry[] }) {
  const current = useCurrentSection(entries.map((entry) => entry.id));
  const [open, setOpen] = useState(false);
  if (entries.length === 0) return null;
  return (
    <nav aria-label="Sommaire" className="font-sans">
      <h2 className="text-xs font-semibold tracking-wide text-muted uppercase">
        <DisclosureButton open={open} onToggle={() => setOpen(!open)} controls="sommaire-sections" className="items-center uppercase xl:hidden">
          Sommaire · {entries.length} parties
        </DisclosureButton>
        <span className="mb-2 hidden xl:block">Sommaire</span>
      </h2>
      <ol id={PAGE_IDS.tableOfContents} className={`space-y-1 border-l border-rule text-sm ${open ? 'mt-1' : 'max-xl:hidden'}`}>
        {entries.map((entry) => {
          const isCurrent = entry.id === current;
          return (
            <li key={entry.id}>
              <Link
                to={{ hash: entry.id }}
                onClick={() => setOpen(false)}
                aria-current={isCurrent ? 'location' : undefined}
                className={`-ml-px block border-l-2 py-1.5 pl-3 leading-snug hover:text-accent ${
                  isCurrent ? 'border-accent font-semibold text-ink' : 'border-transparent text-muted'
                }`}
              >
                {entry.title}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
