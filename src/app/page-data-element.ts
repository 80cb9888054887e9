// The one element that carries a built page's data from the build to the browser, written and read in one place.
import type { ArticlePage } from '../content/article-page';
import { PAGE_IDS } from '../lib/page-ids';

/** The id of the <script type="application/json"> element that carries the page's data. */
export const PAGE_DATA_ELEMENT_ID = PAGE_IDS.pageData;

/** JSON inside a <script> element: "<" is escaped so that no text ("</script>", "<!--") can end the element early. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The element as the build writes it. */
export function pageDataElement(page: ArticlePage | null): string {
  return `<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${jsonForScriptElement(page)}</script>`;
}

/** The data of a built page read back from its HTML (null on the not-found page); undefined if it has none. */
export function readPageDataElement(html: string): ArticlePage | null | undefined {
  const json = new RegExp(`<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as ArticlePage | null);
}
