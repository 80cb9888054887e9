// Types of scripts/run-compiled.mjs (plain JavaScript, since it runs before anything is compiled), for its tests.
export declare const COMPILED_SCRIPTS_ENV: string;
export declare function compiledScripts(options: { projectDir: string; entries: string[]; cacheDir?: string }): Promise<{ dir: string; reused: boolean }>;
