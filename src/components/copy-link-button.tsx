// A button that puts the absolute link to a place in the article on the clipboard, and says so.
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { useAnnounce } from './announcer';
import { useShareableUrl } from './page-address';

interface CopyLinkButtonProps extends Omit<ComponentProps<'button'>, 'onClick' | 'children'> {
  targetId: string;
  /** The accessible name, which says what the link points to: "Copier le lien vers cette section". */
  label: string;
}

export function CopyLinkButton({ targetId, label, className = '', ...props }: CopyLinkButtonProps) {
  const shareableUrl = useShareableUrl();
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(resetTimer.current), []);

  async function copy() {
    const url = shareableUrl(targetId);
    const done = await writeToClipboard(url);
    announce(done ? 'Lien copié' : `Copie impossible : ${url}`);
    if (!done) return;
    setCopied(true);
    clearTimeout(resetTimer.current);
    resetTimer.current = setTimeout(() => setCopied(false), 2000);
  }

  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={copy}
      className={`needs-script inline-flex min-h-6 min-w-6 items-center justify-center gap-1 rounded px-1.5 py-1 font-sans text-sm text-muted hover:bg-highlight hover:text-accent ${className}`}
      {...props}
    >
      <span aria-hidden="true" className={`icon size-4 ${copied ? 'icon-done' : 'icon-link'}`} />
      {copied && <span aria-hidden="true">Lien copié</span>}
    </button>
  );
}

/** The clipboard is refused outside secure contexts and by some privacy settings: then the reader gets the URL to copy. */
async function writeToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
