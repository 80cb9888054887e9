// One page's HTML from the app's index.html: its head and its rendered body, for the build and the dev server alike. Its
// data is not in it: the app reads the page's data file (see src/app/entry-client.tsx).
import type { PageData } from '../../src/content/page-data.ts';
import { pageHead } from './page-head.ts';
import { printHeading } from './print-heading.ts';

export interface DocumentInput {
  /** The page's data: what the head and the body are rendered from. */
  data: PageData;
  /** The site's public origin, with no trailing slash. */
  siteUrl: string;
  contentSecurityPolicy: string;
  /** The server-rendered app, or "" where the browser renders it (the dev server). */
  body: string;
}

/** Fills index.html's two placeholders: <!--page-head--> and <!--page-body-->. */
export function renderDocument(template: string, { data, siteUrl, contentSecurityPolicy, body }: DocumentInput): string {
  // Replacer functions, not strings: article text may hold "$&" or "$'", which a replacement string would expand.
  return template
    .replace('<!--page-head-->', () => pageHead({ data, siteUrl, contentSecurityPolicy }))
    .replace('<div id="root">', () => `${printHeading(data.kind === 'article' ? data.article : null, siteUrl)}<div id="root">`)
    .replace('<!--page-body-->', () => body);
}
