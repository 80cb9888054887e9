// For `npm run dev` only: reads the articles when a page is asked for, so an edit shows on reload.
// The built site does this once, at build time (scripts/build-site.ts).
import type { Plugin, ViteDevServer } from 'vite';

type ContentModule = typeof import('./load-site-content.ts');
type HeadModule = typeof import('./page-head.ts');
type DataElementModule = typeof import('../src/app/page-data-element.ts');

export function devContentPlugin(articlesDir: string): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'liseuse-dev-content',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer;
    },
    async transformIndexHtml(html, context) {
      if (!server) return html;
      // Loaded through Vite rather than imported at the top, so that loading this config (for every test run) needs
      // neither the parser nor a TypeScript loader.
      const { formatContentProblems, loadSiteContent } = (await server.ssrLoadModule('/scripts/load-site-content.ts')) as ContentModule;
      const { escapeText } = (await server.ssrLoadModule('/scripts/page-head.ts')) as HeadModule;
      const { pageDataElement } = (await server.ssrLoadModule('/src/app/page-data-element.ts')) as DataElementModule;
      const loaded = loadSiteContent(articlesDir);
      if (!loaded.ok) {
        const message = formatContentProblems(loaded.problems);
        server.config.logger.error(message);
        return html.replace('<!--page-body-->', () => `<pre>${escapeText(message)}</pre>`);
      }
      const path = new URL(context.originalUrl ?? context.path, 'http://dev').pathname;
      const { pages, defaultSlug } = loaded.content;
      const page = path === '/' ? pages.find((p) => p.slug === defaultSlug) : pages.find((p) => p.path === path || p.path === `${path}/`);
      return html
        .replace('<!--page-head-->', () => `<title>${escapeText(page?.title ?? 'Page introuvable')} — Liseuse (dev)</title>`)
        .replace('<!--page-data-->', () => pageDataElement(page ?? null));
    },
  };
}
