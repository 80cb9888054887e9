// dist/_headers, for hosts that read one (Netlify, Cloudflare Pages): the page's policy plus what a meta element cannot say.
export function headersFile(contentSecurityPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
