// The static server of `npm start`, probed as an attacker and as a busy newsroom would: every finding that once
// crashed it, redirected off the site or leaked a file has a case here, against a small site written on disk.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';

const PAGE = `<!doctype html><title>Une page</title>${'<p>Du texte pour que la page se compresse bien.</p>'.repeat(40)}`;
const NOT_FOUND_PAGE = '<!doctype html><title>Page introuvable</title>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let siteDir: string;
let outsideDir: string;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends the target exactly as written (fetch and URL would normalise "..", "//" and escapes away). */
function send(target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A request line no HTTP client would send: spaces, raw bytes, absolute targets. Resolves with the status line. */
function sendRaw(requestLine: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(''));
    socket.setTimeout(2000, () => socket.destroy());
  });
}

function writeSite(dir: string, version: string) {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, 'articles/la-greve'), { recursive: true });
  mkdirSync(join(dir, 'articles/assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE.replace('Une page', `Une page ${version}`));
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(PAGE.replace('Une page', `Une page ${version}`)));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(PAGE.replace('Une page', `Une page ${version}`)));
  writeFileSync(join(dir, '404.html'), NOT_FOUND_PAGE);
  writeFileSync(join(dir, 'articles/la-greve/index.html'), PAGE);
  writeFileSync(join(dir, 'articles/assets/index.html'), PAGE);
  writeFileSync(join(dir, 'assets/index-F8GcBCAq.js'), SCRIPT);
  writeFileSync(join(dir, 'assets/index-F8GcBCAq.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets/index-F8GcBCAq.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'assets/font-AbCdEf12.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'assets/index-F8GcBCAq.js.map'), '{"version":3}');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Liseuse"}');
  writeFileSync(join(dir, 'search.pf_meta'), Buffer.from([1, 2, 3]));
  writeFileSync(
    join(dir, '_headers'),
    ['/*', "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'", '  Referrer-Policy: no-referrer', ''].join('\n'),
  );
}

beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'liseuse-serve-'));
  outsideDir = mkdtempSync(join(tmpdir(), 'liseuse-outside-'));
  writeFileSync(join(outsideDir, 'secret.html'), 'le mot de passe');
  writeSite(siteDir, 'v1');
  symlinkSync(join(outsideDir, 'secret.html'), join(siteDir, 'lien.html'));
  symlinkSync(outsideDir, join(siteDir, 'dossier-lie'));
  server = await serveStatic(siteDir, 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(outsideDir, { recursive: true, force: true });
});

describe('requests that once crashed the server or left the site', () => {
  it('answers an encoded slash after a non-ASCII character (ERR_INVALID_CHAR once killed it), then goes on serving', async () => {
    const answer = await send('/articles/%E2%82%AC%2f..');
    expect(answer.status).toBe(404);
    expect(answer.headers.location).toBeUndefined();
    expect((await send('/')).status).toBe(200);
  });

  it.each(['/%2fevil.example/..%2farticles', '//evil.example/', '/%2F%2Fevil.example', '/\\evil.example/', '/articles/..%2f..%2fetc/passwd'])(
    'never redirects off the site: %s',
    async (target) => {
      const answer = await send(target);
      expect(answer.status).toBe(404);
      expect(answer.headers.location).toBeUndefined();
    },
  );

  it('redirects a folder to its address with a slash, on the same site', async () => {
    const answer = await send('/articles/la-greve?ref=une');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/articles/la-greve/?ref=une');
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/articles/../../../etc/passwd', '/.env', '/_headers'])(
    'refuses a path outside the site or a hidden file: %s',
    async (target) => {
      const answer = await send(target);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe(NOT_FOUND_PAGE);
    },
  );

  it('refuses a symbolic link to a file or a folder outside the site', async () => {
    expect((await send('/lien.html')).status).toBe(404);
    expect((await send('/lien')).status).toBe(404);
    expect((await send('/dossier-lie/secret.html')).status).toBe(404);
  });

  it('survives request lines no browser sends', async () => {
    for (const line of ['GET /a b HTTP/1.1', 'GET http://evil.example/ HTTP/1.1', 'GET * HTTP/1.1', 'GET /\u00ff HTTP/1.1', 'GET /%zz HTTP/1.1', 'BREW / HTTP/1.1']) {
      expect(await sendRaw(line)).toMatch(/^HTTP\/1\.1 (400|404|405)/);
    }
    expect((await send('/')).status).toBe(200);
  });
});

describe('what a browser and a cache get', () => {
  it('sends the host headers of _headers, nosniff and Vary on every answer, found or not', async () => {
    for (const target of ['/', '/articles/la-greve/', '/nulle-part', '/assets/index-F8GcBCAq.js']) {
      const answer = await send(target);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('answers a missing page with 404.html and status 404, and never lists a folder', async () => {
    for (const target of ['/nulle-part/', '/assets/', '/articles/']) {
      const answer = await send(target);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe(NOT_FOUND_PAGE);
    }
  });

  it.each([
    ['/assets/font-AbCdEf12.woff2', 'font/woff2'],
    ['/assets/index-F8GcBCAq.js.map', 'application/json'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/search.pf_meta', 'application/octet-stream'],
    ['/', 'text/html;charset=utf-8'],
  ])('sends %s as %s', async (target, type) => {
    expect((await send(target)).headers['content-type']).toBe(type);
  });

  it('caches as immutable only the hashed files of the site’s own assets/ folder', async () => {
    expect((await send('/assets/index-F8GcBCAq.js')).headers['cache-control']).toContain('immutable');
    expect((await send('/articles/assets/')).headers['cache-control']).toBe('no-cache');
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
  });

  it('sends the stored compressed bytes the client accepts, q-values honoured', async () => {
    const cases: [string, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['*', 'br'],
      ['', undefined],
    ];
    for (const [accept, encoding] of cases) {
      const answer = await send('/', { headers: { 'accept-encoding': accept } });
      expect(answer.headers['content-encoding'], accept).toBe(encoding);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await send('/');
    const head = await send('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
    const answer = await send('/', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('revalidates with ETag and Last-Modified: 304 when unchanged', async () => {
    const first = await send('/articles/la-greve/');
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await send('/articles/la-greve/', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.vary).toBe('Accept-Encoding');
  });

  it('answers byte ranges: 206 for a satisfiable one, 416 past the end, the whole file for forms it cannot serve', async () => {
    const part = await send('/articles/la-greve/', { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe(PAGE.slice(0, 10));
    expect(part.headers['content-range']).toBe(`bytes 0-9/${Buffer.byteLength(PAGE)}`);

    const tail = await send('/articles/la-greve/', { headers: { range: 'bytes=10-' } });
    expect(tail.body.toString()).toBe(PAGE.slice(10));

    const past = await send('/articles/la-greve/', { headers: { range: 'bytes=999999-' } });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${Buffer.byteLength(PAGE)}`);

    for (const range of ['bytes=-5', 'bytes=9-3', 'bytes=0-1,4-5', 'lines=1-2']) {
      const whole = await send('/articles/la-greve/', { headers: { range } });
      expect(whole.status, range).toBe(200);
      expect(whole.body.toString()).toBe(PAGE);
    }
  });
});

describe('files kept in memory after a first request', () => {
  // sirv streams each file from disk; the layer keeps small files it has sent, checked with a stat on each request.
  const sameAnswer = (answer: Answer) => ({ status: answer.status, body: answer.body.toString('latin1'), ...pick(answer.headers) });
  const pick = (headers: IncomingHttpHeaders) => Object.fromEntries(['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified', 'cache-control', 'vary', 'content-security-policy', 'x-content-type-options'].map((name) => [name, headers[name]]));

  it('answers a page asked again exactly as the first time, for each encoding, and HEAD with no body', async () => {
    for (const encoding of ['br', 'gzip', '']) {
      const headers = { 'accept-encoding': encoding };
      const first = await send('/articles/la-greve/', { headers });
      const again = await send('/articles/la-greve/', { headers });
      expect(sameAnswer(again), encoding).toEqual(sameAnswer(first));
      const head = await send('/articles/la-greve/', { method: 'HEAD', headers });
      expect(head.body.length).toBe(0);
      expect(head.headers.etag).toBe(first.headers.etag);
    }
  });

  it('sends a file rewritten with the same length at once, not the bytes it kept', async () => {
    const file = join(siteDir, 'articles/la-greve/index.html');
    writeFileSync(file, PAGE.replace('Une page', 'Une pag1'));
    expect((await send('/articles/la-greve/')).body.toString()).toContain('Une pag1');
    writeFileSync(file, PAGE.replace('Une page', 'Une pag2'));
    expect((await send('/articles/la-greve/')).body.toString()).toContain('Une pag2');
    rmSync(file);
    expect((await send('/articles/la-greve/')).status).toBe(404);
    writeFileSync(file, PAGE);
  });
});

describe('a rebuild while serving', () => {
  // A file removed between the lookup and the read ends that one response (its headers are already out, as with
  // any host), never the server; and what the new build wrote is served at once, without a restart.
  it('serves the new build at once and keeps serving while files are removed and rewritten under it', async () => {
    const statuses = new Set<number>();
    let rebuilding = true;
    const rebuilds = (async () => {
      for (let round = 0; round < 40; round += 1) {
        // What a careless build does: remove the old site, then write the new one.
        rmSync(join(siteDir, 'index.html'), { force: true });
        rmSync(join(siteDir, 'index.html.br'), { force: true });
        rmSync(join(siteDir, 'assets'), { recursive: true, force: true });
        await new Promise((done) => setImmediate(done));
        writeSite(siteDir, `v${round + 2}`);
        await new Promise((done) => setImmediate(done));
      }
      rebuilding = false;
    })();
    const readers = Array.from({ length: 4 }, async () => {
      for (let count = 0; rebuilding && count < 2000; count += 1) {
        const target = count % 2 ? '/' : '/assets/index-F8GcBCAq.js';
        const answer = await send(target, { headers: { 'accept-encoding': 'br' } }).catch(() => null);
        statuses.add(answer?.status ?? 0);
      }
    });
    await Promise.all([rebuilds, ...readers]);
    expect([...statuses].every((status) => status === 200 || status === 404 || status === 0)).toBe(true);
    expect(statuses.has(200)).toBe(true);
    const after = await send('/', { headers: { 'accept-encoding': '' } });
    expect(after.body.toString()).toContain('Une page v41');
  });
});
