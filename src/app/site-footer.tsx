// The line below every page.
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule py-6 font-sans text-sm text-muted">
      <p>Liseuse — des articles à lire, à citer et à partager.</p>
    </footer>
  );
}
