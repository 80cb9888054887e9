// Finds the article folders and reads their files, refusing what a build must not publish: symbolic links (a link
// to /etc/passwd would be published as an article), folders where a file should be, files too big to be an article.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { MAX_ARTICLE_BYTES, MAX_EDITION_BYTES } from '../../src/content/content-limits.ts';

export interface ContentProblem {
  /** The file (or folder) at fault, relative to the project, as an editor would open it. */
  file: string;
  /** What is wrong, naming the field where there is one: "events[1].passage: …". */
  problem: string;
}

export interface ArticleFolder {
  slug: string;
  /** Absolute path of the folder. */
  folder: string;
  hasEdition: boolean;
  /**
   * Size, inode, and modification and change times of article.txt and edition.json. Equal to the last build's, the
   * files are taken as unchanged without being read, as git's index does: that is what makes a rebuild of 100,000
   * articles take a second.
   */
  signature: string;
}

export const ARTICLE_FILE = 'article.txt';
export const EDITION_FILE = 'edition.json';

/** The address of an article is its folder's name. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const SYMLINK_REFUSED = 'is a symbolic link: the build reads only real files and folders inside the articles folder';
const FOLDER_NOT_FILE = 'is a folder where a file should be';

export interface ListedFolders {
  /** In order of address. */
  folders: ArticleFolder[];
  problems: ContentProblem[];
}

/**
 * A listing as one string a folder, to send from the thread that made it: cloning 100,000 folder objects between
 * threads took 0.16 s, a string a few milliseconds. An address and a signature hold no tab and no line break.
 */
export interface PackedListing {
  folders: string;
  problems: ContentProblem[];
}

export function packListing({ folders, problems }: ListedFolders): PackedListing {
  return { folders: folders.map((folder) => `${folder.slug}\t${folder.hasEdition ? 1 : 0}\t${folder.signature}`).join('\n'), problems };
}

/** The parts of a listing made side by side (packed), as one: parts are in order of address, and so are their folders. */
export function joinListings(articlesDir: string, parts: PackedListing[]): ListedFolders {
  const under = articlesDir.endsWith(sep) ? articlesDir : articlesDir + sep;
  const folders: ArticleFolder[] = [];
  for (const part of parts) {
    if (!part.folders) continue;
    for (const line of part.folders.split('\n')) {
      const [slug = '', hasEdition, signature = ''] = line.split('\t');
      folders.push({ slug, folder: under + slug, hasEdition: hasEdition === '1', signature });
    }
  }
  return { folders, problems: parts.flatMap((part) => part.problems) };
}

/**
 * `show` turns an absolute path into the one an editor reads in a message (relative to the project). `part` lists
 * only one of `parts` equal runs of the folders (in order of address): threads listing each part side by side share
 * the two `lstat` a folder that make a listing of 100,000 folders take a second.
 */
export function listArticleFolders(articlesDir: string, show: (path: string) => string, { part, parts }: { part: number; parts: number } = { part: 0, parts: 1 }): ListedFolders {
  let root: Stats | undefined;
  try {
    root = statSync(articlesDir);
  } catch {
    root = undefined;
  }
  if (!root?.isDirectory()) return { folders: [], problems: part === 0 ? [{ file: show(articlesDir), problem: 'the articles folder is missing' }] : [] };

  const folders: ArticleFolder[] = [];
  const problems: ContentProblem[] = [];
  const all = readdirSync(articlesDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries = parts === 1 ? all : all.slice(Math.round((all.length * part) / parts), Math.round((all.length * (part + 1)) / parts));
  // This loop runs for each of 100,000 folders on every build: paths are joined by hand (path.join normalises each
  // one), and nothing is allocated for a folder that has no problem.
  const under = articlesDir.endsWith(sep) ? articlesDir : articlesDir + sep;
  for (const entry of entries) {
    const folder = under + entry.name;
    if (entry.isSymbolicLink()) {
      problems.push({ file: show(folder), problem: SYMLINK_REFUSED });
      continue;
    }
    if (!entry.isDirectory()) continue; // a README or an editor's stray file beside the folders is not an article
    if (!SLUG.test(entry.name)) {
      problems.push({ file: show(folder), problem: 'the folder name is the article’s address: use lowercase letters, digits and hyphens only' });
      continue;
    }
    const text = lstatOrNull(folder + sep + ARTICLE_FILE);
    const edition = lstatOrNull(folder + sep + EDITION_FILE);
    if (!text) {
      problems.push({ file: show(folder), problem: `no ${ARTICLE_FILE} in this article folder` });
      continue;
    }
    const textProblem = refusedFile(text);
    const editionProblem = edition && refusedFile(edition);
    if (textProblem || editionProblem) {
      if (textProblem) problems.push({ file: show(folder + sep + ARTICLE_FILE), problem: textProblem });
      if (editionProblem) problems.push({ file: show(folder + sep + EDITION_FILE), problem: editionProblem });
      continue;
    }
    folders.push({ slug: entry.name, folder, hasEdition: edition !== null, signature: `${signatureOf(text)}|${edition ? signatureOf(edition) : '-'}` });
  }
  return { folders, problems };
}

export type ContentFileResult = { ok: true; bytes: Buffer } | { ok: false; problem: string };

/** An article's files are opened without following a symbolic link, and without waiting for a named pipe's writer. */
const OPEN_FOR_READING = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Has the files of `folders` read in the background, for a thread whose event loop is free (the build's, while the
 * workers check): when the archive is not in the system's cache, each read in a worker waited on the disk (a quarter
 * of a millisecond a folder, half a minute of a 100,000-article build's checks). It only fills that cache: what it
 * reads is dropped, and readArticleBytes reads and checks every file as before, so a failure is left for it to tell.
 */
export function readAhead(folders: ArticleFolder[]): void {
  for (const folder of folders) {
    void readIntoCache(join(folder.folder, ARTICLE_FILE), MAX_ARTICLE_BYTES);
    if (folder.hasEdition) void readIntoCache(join(folder.folder, EDITION_FILE), MAX_EDITION_BYTES);
  }
}

async function readIntoCache(path: string, maxBytes: number): Promise<void> {
  try {
    const file = await open(path, OPEN_FOR_READING);
    try {
      const stats = await file.stat();
      if (stats.isFile() && stats.size <= maxBytes) await file.read(Buffer.allocUnsafe(stats.size), 0, stats.size, 0);
    } finally {
      await file.close();
    }
  } catch {
    // Told by readArticleBytes, which reads the file again.
  }
}

/**
 * Reads one file of an article folder. It is opened without following a symbolic link (O_NOFOLLOW), so a link put in
 * place after the folder was listed is refused too, and its size is checked before a byte is read.
 */
export function readContentFile(path: string, maxBytes: number): ContentFileResult {
  let descriptor: number;
  try {
    // O_NONBLOCK: a named pipe in the folder would otherwise wait for a writer forever.
    descriptor = openSync(path, OPEN_FOR_READING);
  } catch (error) {
    return { ok: false, problem: describeOpenError(error) };
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return { ok: false, problem: FOLDER_NOT_FILE };
    if (!stats.isFile()) return { ok: false, problem: 'is not a regular file' };
    if (stats.size > maxBytes) return { ok: false, problem: `is ${bytes(stats.size)}, over the limit of ${bytes(maxBytes)} (${+(maxBytes / 1024 / 1024).toFixed(2)} MiB) for this file` };
    return { ok: true, bytes: readFileSync(descriptor) };
  } catch (error) {
    return { ok: false, problem: describeOpenError(error) };
  } finally {
    closeSync(descriptor);
  }
}

export interface ArticleBytes {
  text: Buffer;
  edition: Buffer | null;
}

/** Reads article.txt and edition.json of a folder, within their limits; problems name each file. */
export function readArticleBytes(source: ArticleFolder, show: (path: string) => string): { ok: true; bytes: ArticleBytes } | { ok: false; problems: ContentProblem[] } {
  const textFile = join(source.folder, ARTICLE_FILE);
  const text = readContentFile(textFile, MAX_ARTICLE_BYTES);
  if (!text.ok) return { ok: false, problems: [{ file: show(textFile), problem: text.problem }] };
  if (!source.hasEdition) return { ok: true, bytes: { text: text.bytes, edition: null } };
  const editionFile = join(source.folder, EDITION_FILE);
  const edition = readContentFile(editionFile, MAX_EDITION_BYTES);
  if (!edition.ok) return { ok: false, problems: [{ file: show(editionFile), problem: edition.problem }] };
  return { ok: true, bytes: { text: text.bytes, edition: edition.bytes } };
}

/** Why a file of an article folder cannot be read as one, or null. */
function refusedFile(stats: Stats): string | null {
  return stats.isSymbolicLink() ? SYMLINK_REFUSED : stats.isDirectory() ? FOLDER_NOT_FILE : null;
}

/** Asked twice for each of 100,000 folders on every build: a missing edition.json must not cost a thrown error. */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function signatureOf(stats: Stats): string {
  return `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

function describeOpenError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ELOOP') return SYMLINK_REFUSED;
  if (code === 'EISDIR') return FOLDER_NOT_FILE;
  if (code === 'ENOENT') return 'no such file (it was removed while the build ran)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)})`;
}

function bytes(count: number): string {
  return `${count.toLocaleString('en')} bytes`;
}
