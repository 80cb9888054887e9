// Writes `.br` and `.gz` beside every text file of the built site, as nginx's gzip_static/brotli_static and CDNs
// expect: the server then sends stored bytes instead of compressing each response.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files that shrink: markup, scripts, styles, data. Images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.map']);
/** Smaller files gain nothing worth a second file (a compressed response has ~20 bytes of framing). */
const MIN_BYTES = 512;
/**
 * How hard each kind of file is compressed. Brotli's top quality costs ~80 ms on a 64 KB page and saves ~7% over
 * quality 7: worth it for the hashed assets every reader downloads, not for each of 100,000 pages. For a page, brotli 5
 * and gzip 6 are within 1% and 0.3% of brotli 7 and gzip 9 (an 87 KB article page: 14,622 bytes against 14,468, and
 * 16,880 against 16,841) for a quarter of the time: compressing was half of a full build's CPU at those levels.
 * Brotli no lower (CPU time on a 70 KB page, 2026-11-26): brotli 4 saves 0.3–0.45 ms of brotli 5's 1 ms for 6% more
 * bytes (14,614 against 13,741), which every reader downloads. Gzip is lower: a browser that reads brotli never asks
 * for it, and gzip 4 takes 0.39 ms where 6 took 0.56, for 3% more bytes (14,472 against 14,004): 17 s of CPU in a
 * build of 100,000 pages. Gzip 3 would save 0.09 ms more for 8% more bytes.
 */
const PAGE = { brotli: 5, gzip: 4 };
const ASSET = { brotli: 11, gzip: 9 };

/** `body` is the file's content when the caller has it at hand (it has just written it). */
export function precompressFile(file: string, levels: { brotli: number; gzip: number } = PAGE, body: Uint8Array = readFileSync(file)): void {
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: levels.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(body, { level: levels.gzip }));
}

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(extname(file));
}

/**
 * The twins of one file just written, if it is worth compressing. The build calls it for each page as it writes it:
 * compressing the whole site at the end would redo 100,000 pages when one article changed.
 */
export function precompressWritten(file: string, body: Uint8Array): void {
  if (isCompressible(file) && body.length >= MIN_BYTES) precompressFile(file, PAGE, body);
}

/** Every compressible file under `siteDir` (hashed assets at brotli's top quality); returns how many were compressed. */
export function precompressSite(siteDir: string): number {
  let count = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!isCompressible(file) || statSync(file).size < MIN_BYTES) continue;
    precompressFile(file, entry.parentPath === join(siteDir, 'assets') ? ASSET : PAGE);
    count += 1;
  }
  return count;
}
