// The module to import for one of the build's own modules, named by its TypeScript file: its compiled twin when the
// build runs compiled ahead (scripts/run-compiled.mjs, as `npm run build` does), else the file itself (through tsx or
// Vitest, which compile it as they load it).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set by scripts/run-compiled.mjs to the folder of the compiled modules; worker threads inherit it. */
const COMPILED_SCRIPTS_ENV = 'LISEUSE_COMPILED_SCRIPTS';

export function runnableModule(source: URL): string {
  const compiledDir = process.env[COMPILED_SCRIPTS_ENV];
  if (!compiledDir) return source.href;
  const compiled = join(compiledDir, basename(source.pathname).replace(/\.tsx?$/, '.js'));
  if (!existsSync(compiled)) throw new Error(`${source.pathname} was not compiled with the build: name it after the script in package.json's "build" (scripts/run-compiled.mjs)`);
  return pathToFileURL(compiled).href;
}
