// What a built page makes a reader download: its HTML, the scripts it loads or preloads, its inline CSS (gzip sizes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageAssets {
  /** gzip bytes of the HTML document itself. */
  html: number;
  /** The scripts the page loads, preloads or imports once painted, as written in the page ("/assets/index-….js"). */
  scripts: string[];
  /** gzip bytes of those scripts, each compressed on its own as a static host serves them. */
  javascript: number;
  /** gzip bytes of the CSS inlined in <style> elements. */
  css: number;
}

export function pageAssets(distDir: string, page = 'index.html'): PageAssets {
  const html = readFileSync(join(distDir, page), 'utf8');
  const scripts = [...html.matchAll(/(?:<script[^>]*\ssrc=|<link[^>]*rel="modulepreload"[^>]*\shref=|import\()"([^"]+\.js)"/g)].map((m) => m[1]!);
  const javascript = scripts.reduce((total, src) => total + gzipSync(readFileSync(join(distDir, src))).length, 0);
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((total, m) => total + gzipSync(m[1]!).length, 0);
  return { html: gzipSync(html).length, scripts, javascript, css };
}
