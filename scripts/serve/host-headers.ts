// The `_headers` file the build writes (Netlify and Cloudflare Pages read it): parsed once per version of the file,
// so that `npm start` sends the same headers (the CSP with frame-ancestors, nosniff, the referrer policy) as a real host.
import { readFileSync, statSync } from 'node:fs';

export interface HeaderRule {
  /** The path pattern as written: "/*", "/assets/*", "/articles/:slug/". */
  pattern: string;
  matches: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Reads the Netlify `_headers` format: a path pattern at the start of a line, then its headers indented below it
 * ("  Name: value"). `*` matches anything (slashes too), `:name` one path segment; comments start with "#".
 */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), matches: patternExpression(line.trim()), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (!rule || colon < 0) continue;
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternExpression(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for one request path: every matching rule's, in file order; a later value for a name replaces it. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matches.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return headers;
}

/** The rules of `file`, re-read only when the file changes (a rebuild writes a new policy with new script hashes). */
export function watchedHeaderRules(file: string): () => HeaderRule[] {
  let seen = '';
  let rules: HeaderRule[] = [];
  return () => {
    let version = 'missing';
    try {
      const stats = statSync(file);
      version = `${stats.mtimeMs}:${stats.size}`;
    } catch {
      // No _headers (a site built by hand): no extra headers.
    }
    if (version !== seen) {
      seen = version;
      try {
        rules = version === 'missing' ? [] : parseHeaderRules(readFileSync(file, 'utf8'));
      } catch {
        rules = [];
      }
    }
    return rules;
  };
}
