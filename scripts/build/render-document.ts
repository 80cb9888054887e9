// One page's HTML from the app's index.html: its head, its rendered body and its data, for the build and the dev server alike.
import type { PageData } from '../../src/content/page-data.ts';
import { pageDataElement } from '../../src/app/page-data-element.ts';
import { pageHead } from './page-head.ts';
import { printHeading } from './print-heading.ts';

export interface DocumentInput {
  /** The page's data: what the body was rendered from, and what the browser hydrates it with. */
  data: PageData;
  /** The site's public origin, with no trailing slash. */
  siteUrl: string;
  contentSecurityPolicy: string;
  /** The server-rendered app, or "" where the browser renders it (the dev server). */
  body: string;
}

/** Fills index.html's three placeholders: <!--page-head-->, <!--page-body--> and <!--page-data-->. */
export function renderDocument(template: string, { data, siteUrl, contentSecurityPolicy, body }: DocumentInput): string {
  // Replacer functions, not strings: article text may hold "$&" or "$'", which a replacement string would expand.
  return template
    .replace('<!--page-head-->', () => pageHead({ data, siteUrl, contentSecurityPolicy }))
    .replace('<div id="root">', () => `${printHeading(data.kind === 'article' ? data.article : null, siteUrl)}<div id="root">`)
    .replace('<!--page-body-->', () => body)
    .replace('<!--page-data-->', () => pageDataElement(data));
}
