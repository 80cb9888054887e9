// The button that opens and closes a panel: it says whether the panel is open, and which panel it controls.
import { startTransition, use, useEffect, useState, type ComponentProps } from 'react';
import { ChevronIcon } from './chevron-icon';
import { AdoptingServedPart } from './hydrate-when-idle';

interface DisclosureButtonProps extends Omit<ComponentProps<'button'>, 'type' | 'onClick' | 'aria-expanded' | 'aria-controls'> {
  open: boolean;
  onToggle: () => void;
  /** The id of the element this button shows and hides. */
  controls: string;
}

/** Whether the app has adopted the prerendered page: what mounts after that (a client-side navigation) has its button
 *  from its first render. Never set on the server, where effects do not run. */
let pageAdopted = false;

/** False in the prerendered page (and while React adopts it), true once the app runs. The switch comes in a
 *  transition after hydration: React does that work in slices of a few milliseconds, where useSyncExternalStore's
 *  switch from its server snapshot was one synchronous render of every panel (8 ms measured on an article). */
function useAppRunning(): boolean {
  // A part React adopts after the rest of the page (components/hydrate-when-idle) was served like the rest.
  const [running, setRunning] = useState(pageAdopted && !use(AdoptingServedPart));
  useEffect(() => {
    pageAdopted = true;
    if (!running) startTransition(() => setRunning(true));
  }, [running]);
  return running;
}

export function DisclosureButton({ open, onToggle, controls, className = '', children, ...props }: DisclosureButtonProps) {
  const look = `flex min-h-11 w-full justify-between gap-2 rounded text-left ${className}`;
  // The prerendered page is also the page of a reader without JavaScript: there a button would do nothing, and its
  // aria-expanded would say "closed" of a panel the page shows open (styles.css unfolds every panel without a script).
  // So the page carries the title alone, and the app, once it runs, puts the button in its place, looking the same.
  if (!useAppRunning()) {
    return (
      <span className={look} data-panel={controls}>
        {children}
        <ChevronIcon open={open} className="mt-0.5" />
      </span>
    );
  }
  return (
    <button type="button" aria-expanded={open} aria-controls={controls} onClick={onToggle} className={`${look} hover:text-accent`} {...props}>
      {children}
      <ChevronIcon open={open} className="mt-0.5" />
    </button>
  );
}
