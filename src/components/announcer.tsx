// One polite live region for the whole page: short confirmations ("Lien copié") are read once, never a whole panel.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const announce = useCallback((next: string) => {
    // Emptying first makes screen readers announce the same words again when a reader copies a second link.
    setMessage('');
    clearTimeout(clearTimer.current);
    requestAnimationFrame(() => setMessage(next));
    clearTimer.current = setTimeout(() => setMessage(''), 5000);
  }, []);

  return (
    <AnnounceContext value={announce}>
      {children}
      <div role="status" aria-live="polite" className="sr-only">
        {message}
      </div>
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
