// The listing of the article folders, or of one part of them, as a task for a thread of its own (see build-command.ts
// and worker-entry.mjs).
import { relative } from 'node:path';
import { listArticleFolders, packListing, type PackedListing } from './article-sources.ts';

export interface ListFoldersTask {
  projectDir: string;
  articlesDir: string;
  /** Which of `parts` runs of the folders this thread lists (article-sources.ts). */
  part: number;
  parts: number;
}

export default function listFolders({ projectDir, articlesDir, part, parts }: ListFoldersTask): PackedListing {
  return packListing(listArticleFolders(articlesDir, (path) => relative(projectDir, path) || path, { part, parts }));
}
