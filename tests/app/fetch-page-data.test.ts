// A client-side navigation reads the page's data file; an address with no page gets the not-found page's data, and a
// failed request falls back to loading the page itself (which the browser or its cache may still have).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPageData } from '../../src/app/fetch-page-data';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('reading a page\'s data', () => {
  it('asks for the data file beside the page', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), answer(200, { kind: 'search' })));
    expect(await fetchPageData('/articles/exemple/')).toEqual({ kind: 'search' });
    expect(await fetchPageData('/articles/exemple')).toEqual({ kind: 'search' });
    expect(fetched).toEqual(['/articles/exemple/data.json', '/articles/exemple/data.json']);
  });

  it('answers an address with no page with the not-found page\'s data', async () => {
    const notFound = { kind: 'not-found', moreToRead: [] };
    vi.stubGlobal('fetch', async (url: string) => (url === '/404/data.json' ? answer(200, notFound) : answer(404, 'Not found')));
    expect(await fetchPageData('/articles/supprime/')).toEqual(notFound);
  });

  it('loads the page as a document when the request fails, rather than show an error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const thrown = await fetchPageData('/articles/exemple/').catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get('Location')).toBe('/articles/exemple/');
    expect((thrown as Response).headers.get('X-Remix-Reload-Document')).toBe('true');
  });
});
