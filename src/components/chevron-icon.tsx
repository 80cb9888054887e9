// The arrow of every disclosure button: it points down when closed and up when open.
export function ChevronIcon({ open, className = '' }: { open: boolean; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={`size-5 shrink-0 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''} ${className}`}>
      <path d="M5.2 7.2a.8.8 0 0 1 1.1 0L10 11.2l3.7-4a.8.8 0 1 1 1.1 1.1l-4.2 4.5a.8.8 0 0 1-1.1 0L5.2 8.3a.8.8 0 0 1 0-1.1Z" />
    </svg>
  );
}
