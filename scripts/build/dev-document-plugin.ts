// For `npm run dev` only: each page gets the built site's head, security policy and data, with the articles re-read
// on every request so an edit shows on reload. The body is left to the browser (the build renders it on the server).
import type { Plugin, ViteDevServer } from 'vite';

type ContentModule = typeof import('./load-site-content.ts');
type DocumentModule = typeof import('./render-document.ts');
type PolicyModule = typeof import('./security-policy.ts');
type HeadModule = typeof import('./page-head.ts');
type StarterModule = typeof import('./first-paint-starter.ts');
type ListingModule = typeof import('../../src/content/site-listing.ts');

/** Inline scripts Vite and its plugins put in the page (React's refresh preamble): the policy allows them by hash. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function devDocumentPlugin(articlesDir: string): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'liseuse-dev-document',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer;
      // The JSON a client-side navigation reads (the build writes one beside each page): made on request here.
      devServer.middlewares.use(async (request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://dev').pathname;
        if (!path.endsWith('/data.json')) return next();
        try {
          const { loadSiteContent } = (await devServer.ssrLoadModule('/scripts/build/load-site-content.ts')) as ContentModule;
          const { listSite, pageDataAt } = (await devServer.ssrLoadModule('/src/content/site-listing.ts')) as ListingModule;
          const loaded = loadSiteContent(articlesDir);
          if (!loaded.ok) return next(new Error('the articles have problems: see the page itself'));
          const pagePath = path.slice(0, -'data.json'.length);
          const data = pageDataAt(pagePath, loaded.content.pages, listSite(loaded.content.pages, loaded.content.defaultSlug));
          response.statusCode = data.kind === 'not-found' && pagePath !== '/404/' ? 404 : 200;
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(data));
        } catch (error) {
          next(error);
        }
      });
    },
    transformIndexHtml: {
      // After the other plugins, so that the policy sees every inline script they add.
      order: 'post',
      async handler(html, context) {
        if (!server) return html;
        // Loaded through Vite rather than imported at the top, so that loading this config (for every test run) needs
        // neither the parser nor a TypeScript loader.
        const load = <T,>(path: string) => server!.ssrLoadModule(path) as Promise<T>;
        const { formatContentProblems, loadSiteContent } = await load<ContentModule>('/scripts/build/load-site-content.ts');
        const { renderDocument } = await load<DocumentModule>('/scripts/build/render-document.ts');
        const { securityPolicy } = await load<PolicyModule>('/scripts/build/security-policy.ts');
        const { escapeText } = await load<HeadModule>('/scripts/build/page-head.ts');
        const { listSite, pageDataAt } = await load<ListingModule>('/src/content/site-listing.ts');
        const loaded = loadSiteContent(articlesDir);
        if (!loaded.ok) {
          const message = formatContentProblems(loaded.problems);
          server.config.logger.error(message);
          return html.replace('<!--page-body-->', () => `<pre>${escapeText(message)}</pre>`);
        }
        const path = new URL(context.originalUrl ?? context.path, 'http://dev').pathname;
        const { pages, defaultSlug } = loaded.content;
        const data = pageDataAt(path, pages, listSite(pages, defaultSlug));
        // The reader's settings and the "js" class, as in a built page (without them the script-only controls hide).
        html = (await load<StarterModule>('/scripts/build/first-paint-starter.ts')).applySettingsBeforeFirstPaint(html).html;
        const inlineScripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]!);
        const contentSecurityPolicy = securityPolicy({ inlineScripts, inlineStyles: [], stylesInjectedByScript: true });
        const siteUrl = (server.resolvedUrls?.local[0] ?? 'http://localhost:5173/').replace(/\/$/, '');
        return renderDocument(html, { data, siteUrl, contentSecurityPolicy, body: '' });
      },
    },
  };
}
