// An editor who breaks an article folder is told which file and which field, and the build stops.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteContent } from '../../scripts/build/load-site-content';

const SEED_DIR = join(import.meta.dirname, '../../src/content/articles/biden-irak-fin-mission-combat');
const seedEdition = JSON.parse(readFileSync(join(SEED_DIR, 'edition.json'), 'utf8'));
const folders: string[] = [];

/** A site with the seed article, whose edition.json is replaced by `edition` (a string is written as is). */
function siteWithSeedEdition(edition: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'liseuse-content-'));
  folders.push(root);
  const articles = join(root, 'articles');
  cpSync(SEED_DIR, join(articles, 'seed'), { recursive: true });
  writeFileSync(join(articles, 'seed', 'edition.json'), typeof edition === 'string' ? edition : JSON.stringify(edition));
  return articles;
}

function problemsOf(articlesDir: string): string[] {
  const result = loadSiteContent(articlesDir, join(articlesDir, '..'));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(({ file, problem }) => `${file}: ${problem}`);
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('loading the site content', () => {
  it('loads the seed article with its sections and its five events', () => {
    const result = loadSiteContent(join(SEED_DIR, '..'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.defaultSlug).toBe('biden-irak-fin-mission-combat');
    const page = result.content.pages.find((p) => p.slug === 'biden-irak-fin-mission-combat')!;
    expect(page.sections.flatMap((s) => (s.heading ? [s.heading.id] : []))).toEqual(seedEdition.sections.map((s: { id: string }) => s.id));
    expect(page.events.map((e) => e.dateLabel)).toEqual(['janvier 2020', 'janvier 2020', 'janvier 2020', 'lundi 26 juillet 2021', 'd’ici fin 2021']);
  });

  it('shows the seed’s five proposed events when the edition gives none, each sentence marked, hiding and retitling some by id', () => {
    const { events: _own, ...withoutEvents } = seedEdition;
    const proposed = loadSiteContent(siteWithSeedEdition(withoutEvents));
    if (!proposed.ok) throw new Error(proposed.problems.map((p) => p.problem).join('\n'));
    const page = proposed.content.pages[0]!;
    const events = page.events;
    expect(events.map((event) => event.dateLabel)).toEqual([
      'janvier 2020', 'janvier 2020', 'janvier 2020', 'lundi 26 juillet 2021, après-midi', 'd’ici fin 2021',
    ]);
    expect(events.every((event) => event.summary === null && event.passageId === `passage-${event.id}`)).toBe(true);
    // Each event's sentence is marked in its own paragraph, which links back to the event.
    const paragraphs = page.sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
    for (const event of events) {
      const paragraph = paragraphs.find((candidate) => candidate.id === event.blockId);
      expect(paragraph?.passages).toContainEqual(expect.objectContaining({ id: event.passageId, eventId: event.id, dateLabel: event.dateLabel }));
      expect(paragraph?.runs.some((run) => run.passageId === event.passageId)).toBe(true);
    }

    const [first, ...rest] = events;
    const edited = loadSiteContent(siteWithSeedEdition({ ...withoutEvents, proposedEvents: { hide: [first!.id], retitle: rest.length > 0 ? { [rest[0]!.id]: 'Nouveau titre' } : {} } }));
    if (!edited.ok) throw new Error(edited.problems.map((p) => p.problem).join('\n'));
    const shown = edited.content.pages[0]!.events;
    expect(shown.map((event) => event.id)).toEqual(rest.map((event) => event.id));
    if (rest.length > 0) expect(shown[0]?.title).toBe('Nouveau titre');
  });

  it('names a proposed event id that the parser did not propose', () => {
    const { events: _own, ...withoutEvents } = seedEdition;
    const edition = { ...withoutEvents, proposedEvents: { hide: ['evenement-inconnu-0000'], retitle: { 'evenement-absent-1111': 'Titre' } } };
    expect(problemsOf(siteWithSeedEdition(edition))).toEqual([
      expect.stringMatching(/^articles\/seed\/edition\.json: proposedEvents\.hide\[0\]: no event proposed by the parser has the id "evenement-inconnu-0000"/),
      expect.stringMatching(/^articles\/seed\/edition\.json: proposedEvents\.retitle\.evenement-absent-1111: no event proposed by the parser has the id "evenement-absent-1111"/),
    ]);
  });

  it('names the file when edition.json is not JSON', () => {
    expect(problemsOf(siteWithSeedEdition('{ "sections": [ }'))).toEqual([expect.stringMatching(/^articles\/seed\/edition\.json: not valid JSON \(/)]);
  });

  it('names an unknown field', () => {
    expect(problemsOf(siteWithSeedEdition({ ...seedEdition, titre: 'x' }))).toEqual(['articles/seed/edition.json: titre: unknown field']);
  });

  it('names an event whose passage is not in the text', () => {
    const events = [...seedEdition.events];
    events[1] = { ...events[1], passage: 'une phrase que l’article ne contient pas' };
    expect(problemsOf(siteWithSeedEdition({ ...seedEdition, events }))).toEqual([
      'articles/seed/edition.json: events[1].passage: "une phrase que l’article ne contient pas" is not in any paragraph of the article',
    ]);
  });

  it('names two events with one id', () => {
    const events = [...seedEdition.events, { ...seedEdition.events[0] }];
    expect(problemsOf(siteWithSeedEdition({ ...seedEdition, events }))).toEqual([
      `articles/seed/edition.json: events[5].id: id "${seedEdition.events[0].id}" is already used by events[0]`,
    ]);
  });

  it('names a section that starts at text that is not there', () => {
    const sections = [...seedEdition.sections];
    sections[2] = { ...sections[2], startsAt: 'Il était une fois' };
    expect(problemsOf(siteWithSeedEdition({ ...seedEdition, sections }))).toEqual([
      'articles/seed/edition.json: sections[2].startsAt: no paragraph of the article begins with "Il était une fois"',
    ]);
  });

  it('builds an article that has no edition.json', () => {
    const articles = siteWithSeedEdition({});
    rmSync(join(articles, 'seed', 'edition.json'));
    const result = loadSiteContent(articles);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.content.pages[0]?.sections.flatMap((s) => s.blocks)).toHaveLength(16 + 2 + 3);
    // Without an edition, the publication date comes from the text: the captions' 26 July 2021, a Monday, as "lundi".
    if (result.ok) expect(result.content.pages[0]?.publishedAt).toBe('2021-07-26');
  });

  it('names an empty article and a folder with no article.txt, and loses no other article', () => {
    const articles = siteWithSeedEdition(seedEdition);
    mkdirSync(join(articles, 'vide'));
    writeFileSync(join(articles, 'vide', 'article.txt'), '  \n\n');
    mkdirSync(join(articles, 'sans-texte'));
    const problems = problemsOf(articles);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('articles/sans-texte: no article.txt in this article folder');
    expect(problems[1]).toMatch(/^articles\/vide\/article\.txt: /);
  });

  it('refuses a folder name that cannot be an address', () => {
    const articles = siteWithSeedEdition(seedEdition);
    cpSync(join(articles, 'seed'), join(articles, 'Mon Article'), { recursive: true });
    writeFileSync(join(articles, 'Mon Article', 'edition.json'), '{}');
    expect(problemsOf(articles)).toEqual(['articles/Mon Article: the folder name is the article’s address: use lowercase letters, digits and hyphens only']);
  });
});
