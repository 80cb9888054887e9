// Which section the reader is in: the last one whose heading has scrolled past the top third of the screen.
import { useEffect, useState } from 'react';

export function useCurrentSection(headingIds: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = headingIds.join(' ');

  useEffect(() => {
    const headings = headingIds.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      // Reading happens in the upper part of the screen: a heading a third of the way down is the one being read.
      const line = window.innerHeight / 3;
      let reached: string | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) reached = heading.id;
      }
      setCurrent(reached);
    };
    // The observer only wakes us when a heading crosses the line, instead of measuring on every scroll event.
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px', threshold: [0, 1] });
    headings.forEach((heading) => observer.observe(heading));
    update();
    return () => observer.disconnect();
    // `key` stands for the ids: a new array of the same ids must not rebuild the observer.
  }, [key]);

  return current;
}
