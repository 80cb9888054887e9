// The name of the page's later script in the build (assets/<name>-<hash>.js), shared by Vite's config and the starter.
export const LATER_SCRIPT_NAME = 'later';
