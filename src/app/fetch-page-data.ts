// In the browser, a page's data is the JSON file the build wrote beside its HTML (see dataFilePath).
import { redirectDocument } from 'react-router';
import { dataFilePath, type PageData } from '../content/page-data';
import { NOT_FOUND_PATH } from './routes';

export async function fetchPageData(path: string): Promise<PageData> {
  let response: Response;
  try {
    response = await fetch(dataFilePath(path));
  } catch {
    // Offline, or the connection dropped: ask for the page itself, which the browser (or its cache) may still have.
    throw redirectDocument(path);
  }
  if (response.ok) return (await response.json()) as PageData;
  if (response.status === 404 && path !== NOT_FOUND_PATH) return fetchPageData(NOT_FOUND_PATH);
  throw redirectDocument(path);
}
