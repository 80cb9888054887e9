// Small files the server has sent, kept in memory and checked with one stat on each request. sirv streams every file
// from disk (an open, reads and a close on Node's thread pool for each request): that made `npm start` answer half as
// many requests a second as the hand-made server it replaced. Which file sirv chose, and its headers, are learnt
// from sirv's own answer, so that what is sent stays exactly what sirv would send.
import { closeSync, fstatSync, openSync, readSync, statSync, type ReadStream, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Files up to this size are kept (an article page and its data are well under it); bigger ones are always streamed. */
const MAX_FILE_BYTES = 256 * 1024;
/** The memory the kept files may take in all; past it, those kept longest ago go first. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** The headers sirv derives from the file; every other header is the layer's own, set again on each request. */
const FILE_HEADERS = ['content-type', 'content-length', 'content-encoding', 'last-modified', 'etag'] as const;

interface KeptFile {
  file: string;
  version: string;
  etag: string;
  headers: [name: string, value: string | number][];
  body: Buffer;
}

export interface KeptFiles {
  /**
   * Answers a request for `key` (its path and accepted encodings) from memory, as sirv would have, when the file sirv
   * sent for it last time is unchanged: true when it did, false when sirv must answer. Never for a byte range.
   */
  answer(key: string, request: IncomingMessage, response: ServerResponse): boolean;
  /** Learns what sirv sent for `key` when it streams a whole small file (the response's 'pipe' event). */
  learn(key: string, response: ServerResponse, source: ReadStream): void;
}

export function keptFiles(): KeptFiles {
  const kept = new Map<string, KeptFile>();
  let total = 0;
  const forget = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    kept.delete(key);
    total -= entry.body.length;
  };

  return {
    answer(key, request, response) {
      const entry = kept.get(key);
      if (!entry || request.headers.range !== undefined) return false;
      const stats = statSync(entry.file, { throwIfNoEntry: false });
      if (!stats?.isFile() || versionOf(stats) !== entry.version) {
        forget(key);
        return false;
      }
      // sirv answers a matching ETag with a bare 304, before any header of the file.
      if (request.headers['if-none-match'] === entry.etag) {
        response.writeHead(304);
        response.end();
        return true;
      }
      // As sirv does, a header the layer has set (a type for an unknown extension) wins over the file's.
      for (const [name, value] of entry.headers) if (!response.hasHeader(name)) response.setHeader(name, value);
      response.statusCode = 200;
      response.end(entry.body); // Node sends no body in answer to HEAD
      return true;
    },

    learn(key, response, source) {
      // 200: a whole file (sirv answers a range with 206).
      if (response.statusCode !== 200 || typeof source.path !== 'string') return;
      const length = Number(response.getHeader('content-length'));
      const etag = response.getHeader('etag');
      if (!(length <= MAX_FILE_BYTES) || typeof etag !== 'string') return;
      const read = readWhole(source.path, length);
      // Rewritten since sirv looked at it: its headers no longer describe it, so nothing is kept.
      if (!read || etag !== `W/"${read.stats.size}-${read.stats.mtime.getTime()}"`) return;
      forget(key);
      const headers = FILE_HEADERS.flatMap((name): [string, string | number][] => {
        const value = response.getHeader(name);
        return typeof value === 'string' || typeof value === 'number' ? [[name, value]] : [];
      });
      kept.set(key, { file: source.path, version: versionOf(read.stats), etag, headers, body: read.body });
      total += read.body.length;
      for (const oldest of kept.keys()) {
        if (total <= MAX_TOTAL_BYTES) break;
        forget(oldest);
      }
    },
  };
}

function versionOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/** The file's bytes and the stat of what was read, if it is `length` bytes long. */
function readWhole(file: string, length: number): { body: Buffer; stats: Stats } | null {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const stats = fstatSync(descriptor);
    if (!stats.isFile() || stats.size !== length) return null;
    const body = Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
      const count = readSync(descriptor, body, offset, length - offset, offset);
      if (count === 0) return null;
      offset += count;
    }
    return { body, stats };
  } catch {
    return null;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
