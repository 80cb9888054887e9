// Import boundaries, checked by `npm run lint:imports` (dependency-cruiser) in CI: imports flow one way, app →
// features → shared pieces (components, lib, content) → the parser, which imports nothing outside itself.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-imports-another-feature',
      comment: 'A feature owns its folder and never imports another: the app composes them (see STYLE.md).',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'parser-imports-outside-the-parser',
      comment: 'The parser is pure TypeScript: no React, no DOM, no Node, no app code; its own files only.',
      severity: 'error',
      from: { path: '^src/parser/' },
      to: { pathNot: '^src/parser/' },
    },
    {
      name: 'shared-code-imports-the-app-or-a-feature',
      comment: 'Components, lib and content serve every feature: they cannot depend on one, or on the app.',
      severity: 'error',
      from: { path: '^src/(components|lib|content)/' },
      to: { path: '^src/(app|features)/' },
    },
    {
      name: 'content-or-lib-imports-react',
      comment: 'The content model and lib are data and plain functions, used at build time as well as in the browser.',
      severity: 'error',
      from: { path: '^src/(content|lib)/' },
      to: { path: '(^|/)node_modules/(react|react-dom|react-router)/' },
    },
    {
      name: 'app-code-imports-build-scripts',
      comment: 'What runs in the browser never imports the build: scripts/ may import src/, not the other way.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a feature reading another's types is still tied to it.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
