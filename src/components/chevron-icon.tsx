// The arrow of every disclosure button: it points down when closed and up when open.
export function ChevronIcon({ open, className = '' }: { open: boolean; className?: string }) {
  return (
    <span aria-hidden="true" className={`icon icon-chevron size-5 shrink-0 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''} ${className}`} />
  );
}
