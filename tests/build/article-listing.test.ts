// The listing of the article folders, split between threads (build-command.ts): its parts, packed to be sent and
// joined, are the listing.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinListings, listArticleFolders, packListing } from '../../scripts/build/article-sources.ts';

const root = mkdtempSync(join(tmpdir(), 'liseuse-listing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const show = (path: string) => path.slice(root.length + 1);

describe('the article folders listed in parts', () => {
  it('lists every folder once, in order of address, with every problem, whatever the number of parts', () => {
    const articlesDir = join(root, 'articles');
    for (const slug of ['delta', 'alpha', 'echo', 'charlie', 'bravo', 'foxtrot', 'golf']) {
      mkdirSync(join(articlesDir, slug), { recursive: true });
      writeFileSync(join(articlesDir, slug, 'article.txt'), `Titre ${slug}\n\nUn paragraphe.\n`);
    }
    writeFileSync(join(articlesDir, 'charlie', 'edition.json'), '{}');
    mkdirSync(join(articlesDir, 'Mauvais-Nom'));
    mkdirSync(join(articlesDir, 'sans-texte'));
    symlinkSync(join(articlesDir, 'alpha'), join(articlesDir, 'lien'));
    const whole = listArticleFolders(articlesDir, show);
    expect(whole.folders.map((folder) => folder.slug)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf']);
    expect(whole.folders.filter((folder) => folder.hasEdition).map((folder) => folder.slug)).toEqual(['charlie']);
    expect(whole.problems.map((problem) => problem.file).sort()).toEqual(['articles/Mauvais-Nom', 'articles/lien', 'articles/sans-texte']);
    for (const parts of [2, 3, 4, 11]) {
      const joined = joinListings(articlesDir, Array.from({ length: parts }, (_, part) => packListing(listArticleFolders(articlesDir, show, { part, parts }))));
      expect(joined.folders).toEqual(whole.folders);
      expect(joined.problems.sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([...whole.problems].sort((a, b) => (a.file < b.file ? -1 : 1)));
    }
  });

  it('says once that the articles folder is missing, not once a part', () => {
    const parts = 2;
    const joined = joinListings(join(root, 'absent'), Array.from({ length: parts }, (_, part) => packListing(listArticleFolders(join(root, 'absent'), show, { part, parts }))));
    expect(joined).toEqual({ folders: [], problems: [{ file: 'absent', problem: 'the articles folder is missing' }] });
  });
});
