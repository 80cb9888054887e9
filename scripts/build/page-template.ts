// Turns Vite's index.html into the template of every built page: stylesheet inline, app started after the first
// paint, and the security policy that allows exactly those two inline pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineStylesheet } from './inline-stylesheet.ts';
import { startScriptAfterFirstPaint } from './first-paint-starter.ts';
import { securityPolicy } from './security-policy.ts';

export interface PageTemplate {
  /** index.html with its <!--page-head-->, <!--page-body--> and <!--page-data--> placeholders still to fill. */
  html: string;
  contentSecurityPolicy: string;
}

export function pageTemplate(outDir: string): PageTemplate {
  const styled = inlineStylesheet(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir);
  const started = startScriptAfterFirstPaint(styled.html);
  return { html: started.html, contentSecurityPolicy: securityPolicy({ inlineStyles: styled.inlineStyles, inlineScripts: started.inlineScripts }) };
}
