// The bar above every page: the site's name, and on phones the way to the panels that follow the article.
export interface PanelLink {
  id: string;
  label: string;
}

export function SiteHeader({ panels = [] }: { panels?: PanelLink[] }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 border-b border-rule py-2 font-sans">
      <a href="/" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight text-ink hover:text-accent">
        Liseuse
      </a>
      {panels.length > 0 && (
        <nav aria-label="Accès rapide" className="lg:hidden">
          <ul className="flex gap-1 text-sm">
            {panels.map((panel) => (
              <li key={panel.id}>
                <a href={`#${panel.id}`} className="inline-flex min-h-11 items-center rounded px-3 font-semibold text-accent hover:bg-highlight">
                  {panel.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
