// dist/_headers, for hosts that read one (Netlify, Cloudflare Pages): the pages' policy plus what a meta element cannot say.
// Hosts join every rule that matches a path, and two policies are both enforced: so the strict policy goes on the
// pages' own addresses, and the search page (the one that allows WebAssembly) gets its own.
export function headersFile(contentSecurityPolicy: string, searchPagePolicy: string, searchPagePath: string): string {
  const policy = (value: string) => `  Content-Security-Policy: ${value}; frame-ancestors 'none'`;
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...['/', '/articles/*', '/404.html'].flatMap((path) => [path, policy(contentSecurityPolicy)]),
    `${searchPagePath}*`,
    policy(searchPagePolicy),
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
