// The pages that are not article pages but are rendered by the app: "/" (today the default article) and 404.html.
// The article pages themselves are written incrementally by build-site.ts, one page for each changed article.
import type { BuildStep } from './build-step.ts';

export const homePage: BuildStep = {
  name: 'the home page',
  dependsOn: (site) => site.defaultArticle.contentHash,
  run: (site) => site.renderPages([{ urlPath: '/', file: 'index.html', contentHash: site.defaultArticle.contentHash }]),
};

export const notFoundPage: BuildStep = {
  name: 'the not-found page',
  dependsOn: () => null,
  run: (site) => site.renderPages([{ urlPath: null, file: '404.html', contentHash: null }]),
};
