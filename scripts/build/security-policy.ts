// The page's Content-Security-Policy: what may run and style a page, the same in the build and the dev server.
import { createHash } from 'node:crypto';

export interface PolicyInput {
  /** Inline <script> sources the page carries, each allowed by its hash. */
  inlineScripts: string[];
  /** Inline <style> sources the page carries, each allowed by its hash. */
  inlineStyles: string[];
  /**
   * The dev server only: Vite injects the stylesheet from JavaScript as <style> elements whose text changes on every
   * edit, so no hash can name them. A hash in the list would switch 'unsafe-inline' off, so there are none then.
   */
  stylesInjectedByScript?: boolean;
}

/** Scripts only from the site itself and the inline ones named by hash; styles likewise; nothing else inline. */
export function securityPolicy({ inlineScripts, inlineStyles, stylesInjectedByScript = false }: PolicyInput): string {
  const styles = stylesInjectedByScript ? "'unsafe-inline'" : hashes(inlineStyles);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(inlineScripts)}`.trim(),
    `style-src 'self' ${styles}`.trim(),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

function hashes(sources: string[]): string {
  return sources.map((source) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`).join(' ');
}

/** The same policy, allowing WebAssembly to compile ('wasm-unsafe-eval' allows that and nothing of eval()). */
export function allowWebAssembly(policy: string): string {
  return policy.replace(/script-src 'self'/, "script-src 'self' 'wasm-unsafe-eval'");
}
