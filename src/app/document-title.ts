// The title of each page, in the browser's tab and history: the same words in the built <head> and after navigation.
import type { PageData } from '../content/page-data';

export const SITE_NAME = 'Liseuse';

export function documentTitle(data: PageData | null): string {
  switch (data?.kind) {
    case 'article':
      return `${plainSpaces(data.article.title)} — ${SITE_NAME}`;
    case 'front-page':
      return `${SITE_NAME} — À la une`;
    case 'archive':
      return data.pageNumber > 1 ? `Tous les articles, page ${data.pageNumber} sur ${data.pageCount} — ${SITE_NAME}` : `Tous les articles — ${SITE_NAME}`;
    case 'search':
      return `Rechercher — ${SITE_NAME}`;
    case 'not-found':
    case undefined:
      return `Page introuvable — ${SITE_NAME}`;
  }
}

/** Display spacing (narrow no-break spaces) reads oddly in a browser tab and a link preview: plain spaces there. */
export function plainSpaces(value: string): string {
  return value.replace(/[\u202f\u00a0]/g, ' ');
}
