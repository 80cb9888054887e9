// The button that opens and closes a panel: it says whether the panel is open, and which panel it controls.
import type { ComponentProps } from 'react';
import { ChevronIcon } from './chevron-icon';

interface DisclosureButtonProps extends Omit<ComponentProps<'button'>, 'type' | 'onClick' | 'aria-expanded' | 'aria-controls'> {
  open: boolean;
  onToggle: () => void;
  /** The id of the element this button shows and hides. */
  controls: string;
}

export function DisclosureButton({ open, onToggle, controls, className = '', children, ...props }: DisclosureButtonProps) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      className={`flex min-h-11 w-full justify-between gap-2 rounded text-left hover:text-accent ${className}`}
      {...props}
    >
      {children}
      <ChevronIcon open={open} className="mt-0.5" />
    </button>
  );
}
