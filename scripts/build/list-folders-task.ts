// The listing of the article folders as a task for a thread of its own (see build-command.ts and worker-entry.mjs).
import { relative } from 'node:path';
import { listArticleFolders, type ListedFolders } from './article-sources.ts';

export interface ListFoldersTask {
  projectDir: string;
  articlesDir: string;
}

export default function listFolders({ projectDir, articlesDir }: ListFoldersTask): ListedFolders {
  return listArticleFolders(articlesDir, (path) => relative(projectDir, path) || path);
}
