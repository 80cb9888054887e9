// On phones the page's bar links to the contents (#sommaire) from anywhere in the article: they must be open when the
// reader lands there, not folded behind one more button (and so a timeline the reader closed). Part of the page's
// later script (src/app/later-script.ts), which imports nothing the app imports: a module both use would become a
// chunk of its own on the first screen's path. So no id here: the panel is the link's target, and its toggle the
// button of its heading.
export function openContentsFromBar(doc: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('header a[href^="#"]');
    if (!link) return;
    const panel = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    const toggle = panel?.querySelector<HTMLButtonElement>('h2 > button[aria-expanded="false"][aria-controls]');
    // A panel folded only on narrow screens has its button hidden elsewhere: nothing to open there.
    if (toggle && toggle.offsetParent !== null) toggle.click();
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
