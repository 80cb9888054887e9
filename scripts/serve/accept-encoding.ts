// Which precompressed file a request may get, from its Accept-Encoding header, q-values honoured.
// The build writes `.br` and `.gz` beside every text file (as nginx's gzip_static and CDNs expect).

export type Encoding = 'br' | 'gzip';

/**
 * The encodings the client accepts, among the two we store: "gzip;q=0, br" accepts only br; "*" accepts both;
 * "br;q=0" refuses br even if "*" comes later. Malformed parts are ignored rather than guessed.
 */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [rawName, ...parameters] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter);
      if (match) q = Number(match[1]);
    }
    quality.set(name, q);
  }
  const accepted = new Set<Encoding>();
  for (const encoding of ['br', 'gzip'] as const) {
    const q = quality.get(encoding) ?? (encoding === 'gzip' ? quality.get('x-gzip') : undefined) ?? quality.get('*') ?? 0;
    if (q > 0) accepted.add(encoding);
  }
  return accepted;
}
