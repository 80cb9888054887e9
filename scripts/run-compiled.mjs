// Runs a TypeScript script compiled ahead (esbuild, one bundle) instead of through tsx: `npm run build` started tsx,
// which compiled or looked up and loaded a few hundred modules one by one, 0.7–1 s of a one-change rebuild. The
// bundle is kept in node_modules/.cache/liseuse-build/scripts/ by the hash of every source file it was made from, and
// is used only while each of those files still has that hash: no stale compiled code is ever run.
//
//   node scripts/run-compiled.mjs <script.ts> [<module.ts>...]
//
// The other modules are compiled beside the script: those it starts by URL in a thread of its own (a worker), which
// it finds through `runnableModule` (scripts/build/runnable-module.ts). Plain JavaScript, since it runs before
// anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where runnableModule finds the compiled modules (worker threads inherit it with the environment). */
export const COMPILED_SCRIPTS_ENV = 'LISEUSE_COMPILED_SCRIPTS';
/** Bundles kept besides the newest: a build still running from an older one must find its worker modules. */
const KEPT_BUNDLES = 3;
/** What a bundle also depends on besides its sources: how they are compiled. */
const COMPILER_INPUTS = ['tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'node_modules/esbuild/package.json'];
const SOURCE = /\.(m?[jt]sx?|json)$/;

/**
 * The compiled twin of `entries` (paths relative to `projectDir`): a folder with `<name>.js` for each, reused while
 * every source it was built from is unchanged, else compiled again. Returns the folder and whether it was reused.
 * @param {{ projectDir: string, entries: string[], cacheDir?: string }} options
 * @returns {Promise<{ dir: string, reused: boolean }>}
 */
export async function compiledScripts({ projectDir, entries, cacheDir = join(projectDir, 'node_modules/.cache/liseuse-build/scripts') }) {
  const latestFile = join(cacheDir, `latest-${hashText(entries.join('\0')).slice(0, 12)}.json`);
  const latest = readJson(latestFile);
  if (latest && typeof latest.dir === 'string' && existsSync(join(cacheDir, latest.dir)) && sourcesUnchanged(projectDir, latest.sources)) {
    return { dir: join(cacheDir, latest.dir), reused: true };
  }
  const { sources, build } = await compile(projectDir, entries);
  const key = hashText(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1)).flat().join('\0')).slice(0, 32);
  const dir = join(cacheDir, key);
  if (!existsSync(dir)) {
    // Written under a name of its own and renamed when complete: builds started side by side never see half a bundle.
    const writing = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    for (const file of build.outputFiles) {
      mkdirSync(dirname(join(writing, relative(build.outdir, file.path))), { recursive: true });
      writeFileSync(join(writing, relative(build.outdir, file.path)), file.contents);
    }
    try {
      renameSync(writing, dir);
    } catch (error) {
      rmSync(writing, { recursive: true, force: true });
      if (!existsSync(dir)) throw error; // another build wrote the same bundle first
    }
  }
  writeAtomically(latestFile, JSON.stringify({ dir: key, sources }));
  pruneBundles(cacheDir, key);
  return { dir, reused: false };
}

/**
 * Bundles the entries with esbuild into memory. Packages stay imports (node_modules is beside the cache); the
 * project's own files are read here, so that the hash kept of each is of exactly what was compiled, and each file's
 * `import.meta.url` and `import.meta.dirname` keep naming the source file: the build finds the project, its worker
 * entry and its modules from them, as it does when run through tsx.
 */
async function compile(projectDir, entries) {
  const { build, stop } = await import('esbuild');
  /** @type {Record<string, string>} */
  const sources = {};
  for (const file of COMPILER_INPUTS) if (existsSync(join(projectDir, file))) sources[file] = hashText(readFileSync(join(projectDir, file)));
  const outdir = join(projectDir, 'compiled');
  const result = await build({
    absWorkingDir: projectDir,
    entryPoints: entries.map((entry) => join(projectDir, entry)),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-location',
        setup(esbuild) {
          esbuild.onLoad({ filter: /\.(m?[jt]sx?)$/ }, (args) => {
            if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
            const text = readFileSync(args.path, 'utf8');
            sources[relative(projectDir, args.path)] = hashText(text);
            const contents = text
              .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
            const extension = args.path.slice(args.path.lastIndexOf('.') + 1);
            return { contents, loader: extension === 'mjs' ? 'js' : /** @type {'ts' | 'tsx' | 'js' | 'jsx'} */ (extension) };
          });
        },
      },
    ],
  });
  // Its service process would otherwise live as long as the build, 30 MB beside the build's peak.
  await stop();
  // A JSON file is read by esbuild itself: hashed here from its metafile's list.
  return { sources: withMetafileInputs(projectDir, sources, result.metafile), build: { outputFiles: result.outputFiles, outdir } };
}

/** Sources in the metafile not read by the plugin (JSON imports) get their hash too; packages are not sources. */
function withMetafileInputs(projectDir, sources, metafile) {
  for (const input of Object.keys(metafile?.inputs ?? {})) {
    const file = relative(projectDir, resolve(projectDir, input));
    if (file.startsWith('node_modules') || sources[file] || !SOURCE.test(file)) continue;
    sources[file] = hashText(readFileSync(join(projectDir, file)));
  }
  return sources;
}

function sourcesUnchanged(projectDir, sources) {
  if (!sources || typeof sources !== 'object' || Object.keys(sources).length === 0) return false;
  for (const [file, expected] of Object.entries(sources)) {
    try {
      if (hashText(readFileSync(join(projectDir, file))) !== expected) return false;
    } catch {
      return false; // removed or renamed
    }
  }
  return true;
}

function pruneBundles(cacheDir, current) {
  const bundles = readdirSync(cacheDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current && /^[0-9a-f]{32}$/.test(entry.name))
    .map((entry) => ({ name: entry.name, time: statSync(join(cacheDir, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of bundles.slice(KEPT_BUNDLES - 1)) rmSync(join(cacheDir, name), { recursive: true, force: true });
}

function hashText(text) {
  return createHash('sha256').update(text).digest('hex');
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function writeAtomically(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

// As a command: compile (or reuse) the script and its modules, then run the script's compiled twin.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projectDir = resolve(import.meta.dirname, '..');
  const entries = process.argv.slice(2).map((entry) => relative(projectDir, resolve(projectDir, entry)));
  if (entries.length === 0 || entries.some((entry) => !existsSync(join(projectDir, entry)))) {
    process.stderr.write(`error: run-compiled: name the script to run (and the modules it starts), each a file of the project: ${entries.join(' ') || 'none given'}\n`);
    process.exit(2);
  }
  const { dir } = await compiledScripts({ projectDir, entries });
  process.env[COMPILED_SCRIPTS_ENV] = dir;
  await import(pathToFileURL(join(dir, `${basename(entries[0]).replace(/\.[^.]+$/, '')}.js`)).href);
}
