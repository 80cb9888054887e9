// Which section the reader is in: the last one whose heading has passed the top third of the screen.
import { useEffect, useState } from 'react';

export function useCurrentSection(headingIds: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = headingIds.join(' ');

  useEffect(() => {
    const headings = headingIds.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // Reading happens in the upper part of the screen: a heading a third of the way down is the one being read.
      const line = window.innerHeight / 3;
      let reached: string | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) reached = heading.id;
      }
      setCurrent(reached);
    };
    // Any scroll counts (wheel, scrollbar drag, find in page, a jump to a link), measured at most once a frame.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    update();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
    // `key` stands for the ids: a new array of the same ids must not add the listeners again.
  }, [key]);

  return current;
}
