// Writes one page: its HTML (rendered app, head, data element) and the same data as a JSON file beside it, which the
// app reads when a reader arrives at the page by a client-side navigation.
import { dataFilePath, type PageData } from '../../src/content/page-data.ts';
import { writeOutput, type SiteBuild } from './build-step.ts';
import { renderDocument } from './render-document.ts';

export interface PageFiles {
  /** The HTML file, when it is not the page's folder's index.html ("404.html"). */
  file?: string;
  /** The page's policy, when it is not the template's (the search page allows WebAssembly). */
  contentSecurityPolicy?: string;
}

export async function writePage(site: SiteBuild, path: string, data: PageData, { file, contentSecurityPolicy }: PageFiles = {}): Promise<void> {
  const body = await site.renderer.renderPage(path, data);
  const html = renderDocument(site.template.html, {
    data,
    siteUrl: site.options.siteUrl,
    contentSecurityPolicy: contentSecurityPolicy ?? site.template.contentSecurityPolicy,
    body,
  });
  writeOutput(site, file ?? `${path}index.html`, html);
  writeOutput(site, dataFilePath(path), JSON.stringify(data));
}
