// The import rules of `npm run lint:imports` fail on the imports they forbid, run on a small tree made to break them
// (tests/fixtures/import-boundaries), and pass on the imports STYLE.md allows.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const projectDir = resolve(import.meta.dirname, '../..');
const fixtureDir = join(projectDir, 'tests/fixtures/import-boundaries');

/** Runs the lint as CI does, on the fixture tree: its exit code, and its "error <rule>: <from> → <to>" lines. */
async function cruiseFixture(): Promise<{ code: number; violations: string[] }> {
  const args = ['src', '--config', join(projectDir, '.dependency-cruiser.cjs')];
  const run = promisify(execFile)(join(projectDir, 'node_modules/.bin/depcruise'), args, { cwd: fixtureDir });
  const { stdout, code } = await run.then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error: { stdout: string; code: number }) => error,
  );
  return { code, violations: [...stdout.matchAll(/^\s*error (.+)$/gm)].map((match) => match[1]!) };
}

describe('import boundaries', () => {
  it('fail on a feature importing another, a parser importing Node or the app, and shared code importing the app', async () => {
    const { code, violations } = await cruiseFixture();
    expect(code).not.toBe(0);
    expect(violations.sort()).toEqual(
      [
        'feature-imports-another-feature: src/features/timeline/timeline.ts → src/features/quotes/quotes.ts',
        'parser-imports-outside-the-parser: src/parser/parse.ts → fs',
        'parser-imports-outside-the-parser: src/parser/parse.ts → src/app/app.ts',
        'shared-code-imports-the-app-or-a-feature: src/lib/reads-the-app.ts → src/app/app.ts',
      ].sort(),
    );
  }, 60_000);
});
