// Reads the id a URL's hash points at, whatever a reader or a chat app did to it.

/** "#citation-notre-lutte" → "citation-notre-lutte"; a malformed escape is taken as written, an empty hash gives null. */
export function idFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
