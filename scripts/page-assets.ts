// What a built page makes a reader download: its HTML, the scripts it loads or preloads, its inline CSS (gzip sizes).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LATER_SCRIPT_NAME } from './build/later-script-name.ts';

export interface PageAssets {
  /** gzip bytes of the HTML document itself. */
  html: number;
  /** The scripts the page loads, preloads or imports once painted ("/assets/index-….js"), and the chunks those
   *  import statically (loaded with them); not the chunks they import on demand (another page's components). */
  scripts: string[];
  /** gzip bytes of those scripts, each compressed on its own as a static host serves them. */
  javascript: number;
  /** The page's later script, asked for once the app has loaded (the "Aa" menu, the side column that follows). */
  laterScripts: string[];
  /** gzip bytes of the later scripts: counted apart, they are not part of what the first screen needs. */
  laterJavascript: number;
  /** gzip bytes of the CSS inlined in <style> elements. */
  css: number;
}

export function pageAssets(distDir: string, page = 'index.html'): PageAssets {
  const html = readFileSync(join(distDir, page), 'utf8');
  const all = [...html.matchAll(/(?:<script[^>]*\ssrc=|<link[^>]*rel="modulepreload"[^>]*\shref=|import\()"([^"]+\.js)"/g)].map((m) => m[1]!);
  const isLater = (src: string) => src.startsWith(`/assets/${LATER_SCRIPT_NAME}-`);
  const gzipBytes = (srcs: string[]) => srcs.reduce((total, src) => total + gzipSync(readFileSync(join(distDir, src))).length, 0);
  const scripts = withStaticImports(distDir, all.filter((src) => !isLater(src)));
  const laterScripts = withStaticImports(distDir, all.filter(isLater)).filter((src) => !scripts.includes(src));
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((total, m) => total + gzipSync(m[1]!).length, 0);
  return { html: gzipSync(html).length, scripts, javascript: gzipBytes(scripts), laterScripts, laterJavascript: gzipBytes(laterScripts), css };
}

/** The scripts and the chunks they import statically, which load with them; not those they import on demand
 *  ('import("./x.js")': another page's components). */
function withStaticImports(distDir: string, scripts: string[]): string[] {
  const loaded = [...scripts];
  for (const script of loaded) {
    const code = readFileSync(join(distDir, script), 'utf8');
    for (const [, chunk] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
      const path = posix.join(posix.dirname(script), chunk!);
      if (!loaded.includes(path)) loaded.push(path);
    }
  }
  return loaded;
}
