// The bar above every page: the site's name, the reader's settings ("Aa"), and on phones the way to the contents and
// the panels that follow the article. On phones it stays at the top while reading: the contents are a tap away.
import { ReadingSettingsButton } from '../features/reading-settings/reading-settings-button';

export interface PanelLink {
  id: string;
  label: string;
}

export function SiteHeader({ panels = [] }: { panels?: PanelLink[] }) {
  return (
    <header className="site-bar -mx-4 px-4 sm:-mx-6 sm:px-6">
      <a href="/" className="inline-flex min-h-11 shrink-0 items-center font-bold tracking-tight text-ink hover:text-accent sm:text-lg">
        Liseuse
      </a>
      <div className="flex min-w-0 items-center">
        {panels.length > 0 && (
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
        )}
        <ReadingSettingsButton />
      </div>
    </header>
  );
}
