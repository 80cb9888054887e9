// An article's own links in the bar on phones: to its contents, its timeline and its quotes, wherever the reader is.
// Part of the article's chunk (see site-header.tsx).

export interface PanelLink {
  id: string;
  label: string;
}

export function PanelLinks({ panels }: { panels: PanelLink[] }) {
  return (
    <nav aria-label="Accès rapide" className="min-w-0 overflow-x-auto lg:hidden">
      <ul className="flex">
        {panels.map((panel) => (
          <li key={panel.id}>
            <a href={`#${panel.id}`} className="bar-link">
              {panel.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
