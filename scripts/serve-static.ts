// `npm run serve`: serves a built site the way a static host does: its files, their .br/.gz forms, 404.html, and no rewrites.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createStaticSiteHandler } from './serve/static-site.ts';

/** Serves the built site in `rootDir` (see scripts/serve/static-site.ts for what a request may get). */
export function serveStatic(rootDir: string, port: number, host?: string): Promise<Server> {
  const server = createServer(createStaticSiteHandler(rootDir));
  // A client that sends garbage or goes away mid-request affects its own connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
