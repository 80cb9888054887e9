// The list of the article's sections, which shows the reader which one they are in as they scroll.
import { Link } from 'react-router';
import { useCurrentSection } from './use-current-section';

export interface TableOfContentsEntry {
  id: string;
  title: string;
}

export function TableOfContents({ entries }: { entries: TableOfContentsEntry[] }) {
  const current = useCurrentSection(entries.map((entry) => entry.id));
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="sommaire-titre" className="font-sans">
      <h2 id="sommaire-titre" className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        Sommaire
      </h2>
      <ol className="space-y-1 border-l border-rule text-sm">
        {entries.map((entry) => {
          const isCurrent = entry.id === current;
          return (
            <li key={entry.id}>
              <Link
                to={{ hash: entry.id }}
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
