// `npm run serve`: serves a built site the way a plain static host does — files, gzip, 404.html, and no rewrites.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

export function serveStatic(rootDir: string, port: number, host?: string): Promise<Server> {
  const root = resolve(rootDir);
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const send = (status: number, file: string) => {
      const extension = extname(file);
      let body: Buffer = readFileSync(file);
      const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream' };
      headers['Cache-Control'] = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const cached = gzipCache.get(file) ?? gzipSync(body, { level: 9 });
        gzipCache.set(file, cached);
        body = cached;
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body.length);
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(404, page);
      else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
      }
    };

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      return notFound();
    }
    const file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      // Like most hosts: a folder is served by its index.html, and reached with its trailing slash.
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

async function main() {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4173);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`error: ${dir}/index.html is missing: run npm run build first`);
    process.exit(1);
  }
  try {
    await serveStatic(dir, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`error: cannot serve on port ${port}${code === 'EADDRINUSE' ? ': the port is in use (set PORT to another)' : `: ${String(error)}`}`);
    process.exit(1);
  }
  console.log(`Liseuse is served at http://localhost:${port}/  (Ctrl+C to stop)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
