// The one element that carries a built page's data from the build to the browser, written and read in one place.
import type { PageData } from '../content/page-data';
import { PAGE_IDS } from '../lib/page-ids';

/** The id of the <script type="application/json"> element that carries the page's data. */
export const PAGE_DATA_ELEMENT_ID = PAGE_IDS.pageData;

/** JSON inside a <script> element: "<" is escaped so that no text ("</script>", "<!--") can end the element early. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The element as the build writes it. */
export function pageDataElement(data: PageData): string {
  return `<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${jsonForScriptElement(data)}</script>`;
}

/** The data of a built page read back from its HTML; undefined if it has none. */
export function readPageDataElement(html: string): PageData | undefined {
  const json = new RegExp(`<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as PageData);
}

/** In the browser: the data of the page being hydrated; null in the development server's empty shell. */
export function readPageDataFromDocument(document: Document): PageData | null {
  const text = document.getElementById(PAGE_DATA_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as PageData) : null;
}
