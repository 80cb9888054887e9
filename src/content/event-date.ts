// How a timeline date reads in French, at the precision the text gives it and no finer.
import type { EventPrecision } from './article-page';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export function eventPrecision(isoDate: string): EventPrecision {
  const parts = isoDate.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** "2020-01" → "janvier 2020"; "2021-07-26" → "26 juillet 2021"; "2020-03-01" → "1er mars 2020". */
export function formatEventDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!month) return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (!day) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  return `${dayNumber === 1 ? '1er' : dayNumber} ${monthName} ${year}`;
}
