// The command `npm run build` runs (package.json's "build"), without npm's own start: for the benchmark and the tests,
// which run the build exactly as a reader's `npm run build` does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The program (node, or a tool of node_modules/.bin) and its arguments, to run in the project's folder. */
export function npmBuildCommand(projectDir: string): [program: string, ...args: string[]] {
  const script = (JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const [program = '', ...args] = script.trim().split(/\s+/);
  return [program === 'node' ? process.execPath : join(projectDir, 'node_modules/.bin', program), ...args];
}
