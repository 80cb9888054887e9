// Turns Vite's index.html into the template of every built page: stylesheet inline, the reader's settings applied
// before the first paint, app started after it, and the security policy that allows exactly those inline pieces.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inlineStylesheet } from './inline-stylesheet.ts';
import { applySettingsBeforeFirstPaint, startScriptAfterFirstPaint } from './first-paint-starter.ts';
import { securityPolicy } from './security-policy.ts';
import { LATER_SCRIPT_NAME } from './later-script-name.ts';

export interface PageTemplate {
  /** index.html with its <!--page-head--> and <!--page-body--> placeholders still to fill. */
  html: string;
  contentSecurityPolicy: string;
}

export function pageTemplate(outDir: string): PageTemplate {
  const styled = inlineStylesheet(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir);
  const set = applySettingsBeforeFirstPaint(styled.html);
  const started = startScriptAfterFirstPaint(set.html, laterScriptUrl(outDir));
  const inlineScripts = [...set.inlineScripts, ...started.inlineScripts];
  return { html: started.html, contentSecurityPolicy: securityPolicy({ inlineStyles: styled.inlineStyles, inlineScripts }) };
}

/** The later script's address in the build (its name carries a content hash). */
function laterScriptUrl(outDir: string): string {
  const file = readdirSync(join(outDir, 'assets')).find((name) => name.startsWith(`${LATER_SCRIPT_NAME}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`the build has no assets/${LATER_SCRIPT_NAME}-*.js (see vite.config.ts)`);
  return `/assets/${file}`;
}
