// The button that opens and closes a panel: it says whether the panel is open, and which panel it controls.
import { useSyncExternalStore, type ComponentProps } from 'react';
import { ChevronIcon } from './chevron-icon';

interface DisclosureButtonProps extends Omit<ComponentProps<'button'>, 'type' | 'onClick' | 'aria-expanded' | 'aria-controls'> {
  open: boolean;
  onToggle: () => void;
  /** The id of the element this button shows and hides. */
  controls: string;
}

/** Nothing to subscribe to: whether the app runs never changes once it does. */
const subscribeToNothing = () => () => {};

/** False in the prerendered page (and while React adopts it), true once the app runs. */
function useAppRunning(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
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
