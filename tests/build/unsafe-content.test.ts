// Content a build must refuse, each with the file named: links out of the articles folder, folders where files
// should be, articles too big to be read, ids that would take the page's own, and an edition saved with a BOM.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteContent } from '../../scripts/build/load-site-content';
import { MAX_ARTICLE_BYTES, MAX_EVENTS, MAX_SECTIONS } from '../../src/content/content-limits';
import { PAGE_IDS, RESERVED_PAGE_IDS } from '../../src/lib/page-ids';

const SEED_DIR = join(import.meta.dirname, '../../src/content/articles/biden-irak-fin-mission-combat');
const seedEdition = JSON.parse(readFileSync(join(SEED_DIR, 'edition.json'), 'utf8'));
const folders: string[] = [];

/** An articles folder holding the seed as "seed"; returns its path. */
function siteWithSeed(): string {
  const root = mkdtempSync(join(tmpdir(), 'liseuse-unsafe-'));
  folders.push(root);
  cpSync(SEED_DIR, join(root, 'articles', 'seed'), { recursive: true });
  return join(root, 'articles');
}

function problemsOf(articlesDir: string): string[] {
  const result = loadSiteContent(articlesDir, join(articlesDir, '..'));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(({ file, problem }) => `${file}: ${problem}`);
}

function withEdition(edition: unknown): string {
  const articles = siteWithSeed();
  writeFileSync(join(articles, 'seed', 'edition.json'), JSON.stringify(edition));
  return articles;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('symbolic links in the articles folder', () => {
  it('refuses an article.txt that links to /etc/passwd, naming it, and publishes nothing of it', () => {
    const articles = siteWithSeed();
    mkdirSync(join(articles, 'mots-de-passe'));
    symlinkSync('/etc/passwd', join(articles, 'mots-de-passe', 'article.txt'));
    expect(problemsOf(articles)).toEqual(['articles/mots-de-passe/article.txt: is a symbolic link: the build reads only real files and folders inside the articles folder']);
  });

  it('refuses an article folder that is a link, and an edition.json that is one', () => {
    const articles = siteWithSeed();
    symlinkSync(join(articles, 'seed'), join(articles, 'copie'));
    rmSync(join(articles, 'seed', 'edition.json'));
    symlinkSync('/etc/hostname', join(articles, 'seed', 'edition.json'));
    expect(problemsOf(articles)).toEqual([
      'articles/copie: is a symbolic link: the build reads only real files and folders inside the articles folder',
      'articles/seed/edition.json: is a symbolic link: the build reads only real files and folders inside the articles folder',
    ]);
  });
});

describe('a folder where a file should be', () => {
  it('names article.txt and edition.json when they are folders', () => {
    const articles = siteWithSeed();
    mkdirSync(join(articles, 'dossier', 'article.txt'), { recursive: true });
    rmSync(join(articles, 'seed', 'edition.json'));
    mkdirSync(join(articles, 'seed', 'edition.json'));
    expect(problemsOf(articles)).toEqual(['articles/dossier/article.txt: is a folder where a file should be', 'articles/seed/edition.json: is a folder where a file should be']);
  });
});

describe('limits', () => {
  it(`refuses an article.txt over ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB without reading it, with its size`, () => {
    const articles = siteWithSeed();
    mkdirSync(join(articles, 'enorme'));
    writeFileSync(join(articles, 'enorme', 'article.txt'), `Titre\n\n${'x'.repeat(MAX_ARTICLE_BYTES)}`);
    expect(problemsOf(articles)).toEqual(['articles/enorme/article.txt: is 2,097,159 bytes, over the limit of 2,097,152 bytes (2 MiB) for this file']);
  });

  it(`refuses more than ${MAX_SECTIONS} sections and more than ${MAX_EVENTS} events, saying why`, () => {
    const sections = Array.from({ length: MAX_SECTIONS + 1 }, (_, index) => ({ ...seedEdition.sections[0], id: `partie-${index}` }));
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, index) => ({ ...seedEdition.events[0], id: `evenement-${index}` }));
    expect(problemsOf(withEdition({ sections, events }))).toEqual([
      `articles/seed/edition.json: sections: at most ${MAX_SECTIONS} sections: a table of contents longer than that is no help to a reader`,
      `articles/seed/edition.json: events: at most ${MAX_EVENTS} events: a timeline longer than that is no help to a reader`,
    ]);
  });

  it('answers an edition.json nested 100,000 levels deep with a problem, not a stack overflow', () => {
    const articles = siteWithSeed();
    writeFileSync(join(articles, 'seed', 'edition.json'), `{"sections":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(problemsOf(articles)).toEqual(['articles/seed/edition.json: sections[0]: Invalid input: expected object, received array']);
  });
});

describe('an edition with thousands of mistakes', () => {
  it('tells the first ones and how many more, not 15,000 lines', () => {
    const unknownFields = Object.fromEntries(Array.from({ length: 15_000 }, (_, index) => [`champ${index}`, 1]));
    const problems = problemsOf(withEdition(unknownFields));
    expect(problems).toHaveLength(20);
    expect(problems[0]).toBe('articles/seed/edition.json: champ0: unknown field');
    expect(problems[19]).toBe('articles/seed/edition.json: and 14981 more problems in this file');
  });
});

describe('ids an edition may not take', () => {
  it.each([PAGE_IDS.mainContent, PAGE_IDS.articleTitle, PAGE_IDS.timeline])('refuses a section or an event with the page’s own id "%s", listing the reserved ids', (id) => {
    const problems = problemsOf(withEdition({ ...seedEdition, sections: [{ ...seedEdition.sections[0], id }] }));
    expect(problems).toEqual([`articles/seed/edition.json: sections[0].id: id "${id}" is one of the page's own ids, which are reserved: ${[...RESERVED_PAGE_IDS].join(', ')}`]);
    const events = [{ ...seedEdition.events[0], id }];
    expect(problemsOf(withEdition({ ...seedEdition, events }))[0]).toMatch(new RegExp(`^articles/seed/edition\\.json: events\\[0\\]\\.id: id "${id}" is one of the page's own ids`));
  });

  it('refuses a section id that an article card of "what to read next" could take', () => {
    const problems = problemsOf(withEdition({ ...seedEdition, sections: [{ ...seedEdition.sections[0], id: 'carte-une-autre' }] }));
    expect(problems).toEqual(['articles/seed/edition.json: sections[0].id: id "carte-une-autre" starts with "carte-", which the page\'s lists of articles use']);
  });

  it('refuses a section whose id an event’s details already take', () => {
    const sections = [{ ...seedEdition.sections[0], id: `${seedEdition.events[0].id}-details` }];
    expect(problemsOf(withEdition({ ...seedEdition, sections }))).toEqual([
      `articles/seed/edition.json: events[0].id: the details of event "${seedEdition.events[0].id}" take the id "${seedEdition.events[0].id}-details", already used by sections[0]`,
    ]);
  });

  it('refuses an edition id that is already a paragraph’s id', () => {
    const seed = loadSiteContent(join(SEED_DIR, '..'));
    if (!seed.ok) throw new Error('the seed article does not load');
    const paragraphId = seed.content.pages[0]!.sections[0]!.blocks[0]!.id;
    const sections = [{ ...seedEdition.sections[0], id: paragraphId }];
    expect(problemsOf(withEdition({ ...seedEdition, sections }))).toEqual([`articles/seed/edition.json: sections[0].id: id "${paragraphId}" is already the id of a paragraph or a quote of the article`]);
  });
});

describe('an edition.json saved with a byte order mark', () => {
  it('is read like one without', () => {
    const articles = siteWithSeed();
    writeFileSync(join(articles, 'seed', 'edition.json'), `\uFEFF${JSON.stringify(seedEdition)}`);
    const result = loadSiteContent(articles);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.content.pages[0]!.events).toHaveLength(seedEdition.events.length);
  });
});
