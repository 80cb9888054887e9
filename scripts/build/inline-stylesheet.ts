// Puts the built stylesheet inside the page: a linked file would hold back the first paint by a whole round trip.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface InlinedStylesheet {
  html: string;
  /** The CSS now inside <style> elements, for the security policy to allow by hash. */
  inlineStyles: string[];
}

/** Replaces every stylesheet link of `html` by its CSS, and deletes the file from `outDir`: no page links to it any more. */
export function inlineStylesheet(html: string, outDir: string): InlinedStylesheet {
  const inlineStyles: string[] = [];
  const result = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const css = readFileSync(join(outDir, href), 'utf8').trim();
    inlineStyles.push(css);
    rmSync(join(outDir, href));
    return `<style>${css}</style>`;
  });
  return { html: result, inlineStyles };
}
