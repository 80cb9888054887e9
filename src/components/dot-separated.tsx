// A line of facts separated by middle dots ("26 juillet 2021 · abcnews.go.com · 3 min de lecture"); screen readers
// hear the facts without the dots.
import type { ReactNode } from 'react';

export function DotSeparated({ items, className }: { items: ReactNode[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <p className={className}>
      {items.map((item, index) => (
        <span key={index}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          {item}
        </span>
      ))}
    </p>
  );
}
