// On phones the page's bar links to the contents (#sommaire) from anywhere in the article: they must be open when the
import { PAGE_IDS } from '../../lib/page-ids';
// reader lands there, not folded behind one more button. Part of the page's later script (src/app/later-script.ts).

/** The contents' id, which the bar links to (article-route.tsx). */
const CONTENTS_ID = PAGE_IDS.contents;

export function openContentsFromBar(doc: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    if (!(event.target as Element | null)?.closest(`a[href="#${CONTENTS_ID}"]`)) return;
    const toggle = doc.getElementById(CONTENTS_ID)?.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
    // A folded list is only folded on narrow screens; where the button is not shown there is nothing to open.
    if (toggle && toggle.offsetParent !== null) toggle.click();
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
