// The request handler of `npm start`: sirv serves the files (types, ETag and Last-Modified with 304, Range, HEAD, the
// `.br`/`.gz` files the build writes); this thin layer adds only what sirv lacks for a public site: GET and HEAD
// only, paths checked before any lookup, no symlink out of the site, Accept-Encoding q-values, the host's
// `_headers`, a cache policy that trusts only hashed assets, 404.html with status 404, and no crash on any request.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync, type ReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { lookup as contentTypeOf } from 'mrmime';
import sirv from 'sirv';
import { acceptedEncodings, type Encoding } from './accept-encoding.ts';
import { headersFor, watchedHeaderRules } from './host-headers.ts';
import { keptFiles } from './kept-files.ts';
import { encodePath, readRequestPath } from './request-path.ts';

const ALLOWED_METHODS = 'GET, HEAD';
/** Vite names what it emits under assets/ "name-<hash>.ext": only those never change under their address. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with the next build: browsers keep it but ask again (a 304 costs a few bytes). */
const REVALIDATE = 'no-cache';
const STORED_ENCODINGS: readonly [Encoding, string][] = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function createStaticSiteHandler(siteDir: string): RequestHandler {
  const root = resolve(siteDir);
  const headerRules = watchedHeaderRules(join(root, '_headers'));
  // `dev` makes sirv look files up on every request instead of listing the folder once at start: a rebuild is
  // served at once, without a restart. `ignores: false`: nothing falls back to another page.
  const serveFile = sirv(root, { dev: true, etag: true, gzip: true, brotli: true, extensions: ['html'], ignores: false });
  const kept = keptFiles();

  const sendPlain = (request: IncomingMessage, response: ServerResponse, status: number, text: string) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('Cache-Control', REVALIDATE);
    response.end(request.method === 'HEAD' ? undefined : text);
  };

  // The not-found page's bytes, kept while its size and modification time are those read: bots ask for missing
  // addresses all day, and one stat costs less than opening and reading the file each time.
  const notFoundBytes = new Map<string, { version: string; body: Buffer }>();
  const readKept = (file: string): Buffer | null => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return null;
    const version = `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
    const known = notFoundBytes.get(file);
    if (known?.version === version) return known.body;
    const body = readFileSync(file);
    notFoundBytes.set(file, { version, body });
    return body;
  };

  const sendNotFound = (request: IncomingMessage, response: ServerResponse) => {
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const page = join(root, '404.html');
    for (const [encoding, suffix] of [...STORED_ENCODINGS, [null, ''] as const]) {
      if (encoding && !accepted.has(encoding)) continue;
      let body: Buffer | null;
      try {
        body = readKept(page + suffix);
      } catch {
        continue;
      }
      if (!body) continue;
      response.statusCode = 404;
      // The not-found page is a page of the site: it needs its own policy (its inline script and style hashes).
      for (const [name, value] of headersFor(headerRules(), '/404.html')) response.setHeader(name, value);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', REVALIDATE);
      if (encoding) response.setHeader('Content-Encoding', encoding);
      response.setHeader('Content-Length', body.length);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    sendPlain(request, response, 404, 'Page introuvable.');
  };

  /**
   * Whether what sirv may open for this path resolves outside the site: a symlink in dist/ must not publish /etc.
   * Only the places sirv looks at are checked (the path, its .html, its index.html, each as the client's accepted
   * encodings), and a real path is asked only of links: this runs on every request, and asking the real path of each
   * folder (a system call for every folder from /) cost more than the rest of the check.
   */
  const realRoot = realpathSync.native(root);
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  /** The folders from the site's root down to `folder`, each looked at without following it: a link must lead inside. */
  const folderLeavesSite = (folder: string): boolean => {
    let walked = root;
    for (const name of folder.slice(root.length).split(sep)) {
      if (!name) continue;
      walked = join(walked, name);
      const stats = lstatSync(walked);
      if (stats.isSymbolicLink() && !inside(realpathSync.native(walked))) return true;
    }
    return false;
  };
  const leavesSite = (decodedPath: string, suffixes: readonly string[]): boolean => {
    const base = join(root, decodedPath);
    try {
      const baseStats = lstatSync(base, { throwIfNoEntry: false });
      const folder = baseStats?.isDirectory() ? base : dirname(base);
      if (folderLeavesSite(folder)) return true;
      // With nothing at the path, there is no index.html under it to check (a missing page costs fewer calls).
      for (const candidate of baseStats ? [base, `${base}.html`, join(base, 'index.html')] : [base, `${base}.html`]) {
        for (const suffix of suffixes) {
          const stats = lstatSync(candidate + suffix, { throwIfNoEntry: false });
          if (stats?.isSymbolicLink() && !inside(realpathSync.native(candidate + suffix))) return true;
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // "favicon.svg/index.html" (a file is not a folder) or a path that does not exist: sirv finds nothing there.
      // Anything else (a dangling link, a loop) leaves nothing that can be served.
      return code !== 'ENOTDIR' && code !== 'ENOENT';
    }
    return false;
  };

  const handle: RequestHandler = (request, response) => {
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', ALLOWED_METHODS);
      return sendPlain(request, response, 405, 'Méthode non permise : ce site ne sert que GET et HEAD.');
    }
    const path = readRequestPath(request.url);
    if (!path.ok) return path.status === 404 ? sendNotFound(request, response) : sendPlain(request, response, 400, 'Requête invalide.');

    for (const [name, value] of headersFor(headerRules(), path.decoded)) response.setHeader(name, value);
    response.setHeader('Cache-Control', HASHED_ASSET.test(path.decoded) ? IMMUTABLE : REVALIDATE);

    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const suffixes = ['', ...STORED_ENCODINGS.filter(([encoding]) => accepted.has(encoding)).map(([, suffix]) => suffix)];
    if (leavesSite(path.decoded, suffixes)) return sendNotFound(request, response);

    // A folder is reached with its trailing slash, as on most hosts, so that relative addresses inside it resolve.
    // The Location is built from the checked path, re-encoded: it cannot leave the site or carry a bad character.
    if (!path.decoded.endsWith('/') && !extname(path.decoded) && existsSync(join(root, path.decoded, 'index.html'))) {
      const query = /^[\x21-\x7e]*$/.test(path.query) ? path.query : '';
      response.statusCode = 301;
      response.setHeader('Location', `${encodePath(path.decoded)}/${query}`);
      return response.end();
    }

    // sirv matches "br" and "gzip" anywhere in the header; give it only what the client really accepts (q > 0).
    request.headers['accept-encoding'] = [...accepted].join(', ');
    request.url = encodePath(path.decoded) + path.query;
    dropUnservableRange(request);
    const type = extname(path.decoded) ? contentTypeOf(path.decoded) : undefined;
    if (extname(path.decoded) && !type) response.setHeader('Content-Type', 'application/octet-stream');

    // What sirv sent for this path last time, if its file is unchanged (see kept-files.ts).
    const key = `${path.decoded}\n${request.headers['accept-encoding']}`;
    if (kept.answer(key, request, response)) return;
    // A file deleted between sirv's lookup and its read (a rebuild while serving) fails on the stream sirv pipes:
    // answer it here instead of letting an unhandled 'error' end the process.
    response.once('pipe', (source) => {
      kept.learn(key, response, source as ReadStream);
      source.once('error', () => {
        if (!response.headersSent) sendNotFound(request, response);
        else response.destroy();
      });
    });
    serveFile(request, response, () => sendNotFound(request, response));
  };

  return (request, response) => {
    try {
      handle(request, response);
    } catch {
      // Whatever went wrong (a file removed mid-request, an unforeseen input), this request fails alone.
      if (!response.headersSent) {
        response.removeHeader('Content-Encoding');
        sendPlain(request, response, 500, 'Erreur du serveur.');
      } else response.destroy();
    }
  };
}

/**
 * sirv reads Range loosely: "bytes=0-0" as the whole file, "bytes=-500" (the last 500 bytes) as the first 501,
 * and "bytes=9-3" as a stream it cannot open. A server may always ignore Range and send the whole file (RFC 9110
 * §14.2), so only a plain "bytes=start-" or "bytes=start-end" with start <= end (end > 0) reaches it; an If-Range
 * is not checked by sirv, so a conditional range is answered whole too.
 */
function dropUnservableRange(request: IncomingMessage): void {
  const range = request.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range.trim());
  const start = Number(match?.[1]);
  const end = match?.[2] ? Number(match[2]) : null;
  const plain = match !== null && (end === null || (end >= start && end > 0));
  if (!plain || request.headers['if-range'] !== undefined) delete request.headers.range;
}
