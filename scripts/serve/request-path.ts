// What a request's path may name on a static site: checked before any file is looked up, so that no encoding trick
// reaches the file system or a Location header.

export type RequestPath =
  | { ok: true; decoded: string; query: string }
  | { ok: false; status: 400 | 404; why: string };

/**
 * The decoded path of a request target, or why it is refused. Refused: targets that are not a path ("*", absolute
 * URLs), malformed percent-escapes, NUL and control characters, backslashes, empty segments ("//evil.example" would
 * become a protocol-relative redirect), "." and ".." segments (also when written "%2e%2e" or hidden behind "%2f"),
 * dotfiles, and the host configuration file `_headers`.
 */
export function readRequestPath(target: string | undefined): RequestPath {
  const raw = target ?? '';
  if (!raw.startsWith('/')) return { ok: false, status: 400, why: 'not a path' };
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const query = queryAt < 0 ? '' : raw.slice(queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, why: 'malformed percent-escape' };
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\?#]/.test(decoded)) return { ok: false, status: 404, why: 'forbidden character' };
  const segments = decoded.slice(1).split('/');
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '' && !last) return { ok: false, status: 404, why: 'empty segment' };
    if (segment.startsWith('.')) return { ok: false, status: 404, why: 'dot segment or dotfile' };
  }
  if (decoded === '/_headers') return { ok: false, status: 404, why: 'host configuration' };
  return { ok: true, decoded, query };
}

/** The path again as a URL path: ASCII only, so that it is always a valid header value (Location). */
export function encodePath(decoded: string): string {
  return encodeURI(decoded);
}
