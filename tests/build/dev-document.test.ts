// `npm run dev` serves each page with the built site's head and security policy, and the policy lets the dev page run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer, type ViteDevServer } from 'vite';

const projectDir = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({ root: projectDir, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  // The first page compiles the parser and the build's modules through Vite: seconds on a busy machine.
  await fetch(`${origin}/`);
}, 120_000);

afterAll(() => server?.close());

async function documentAt(path: string) {
  const response = await fetch(origin + path);
  return new JSDOM(await response.text()).window.document;
}

describe('the dev server', () => {
  it('gives an article its real head: title, canonical link, link previews', async () => {
    const document = await documentAt('/articles/biden-irak-fin-mission-combat/');
    expect(document.title).toMatch(/^Les États-Unis terminent leur mission de combat en Irak .* — Liseuse$/);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/articles/biden-irak-fin-mission-combat/`);
    expect(document.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(document.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    // The first page a cold dev server renders transforms every module of the app and the parser on demand: a few
    // seconds alone, more while the rest of the suite shares the machine's two cores.
  }, 30_000);

  it('sends the built policy, allowing by hash each inline script Vite adds and nothing from elsewhere', async () => {
    const document = await documentAt('/');
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    expect(policy).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    const inline = [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')].filter((s) => !['application/json', 'application/ld+json'].includes(s.type));
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`);
  });

  it('answers an unknown address with the not-found head', async () => {
    const document = await documentAt('/articles/nulle-part/');
    expect(document.title).toBe('Page introuvable — Liseuse');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('answers a client-side navigation\'s data request as the built site would, "not found" included', async () => {
    const front = await (await fetch(`${origin}/data.json`)).json();
    expect(front).toMatchObject({ kind: 'front-page', featured: { slug: 'biden-irak-fin-mission-combat' } });
    const article = await (await fetch(`${origin}/articles/biden-irak-fin-mission-combat/data.json`)).json();
    expect(article).toMatchObject({ kind: 'article', article: { path: '/articles/biden-irak-fin-mission-combat/' } });
    const missing = await fetch(`${origin}/articles/nulle-part/data.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ kind: 'not-found' });
  });
});
