// The schema of edition.json: what an editor adds to an article that its text cannot give.
import { z } from 'zod';
import { MAX_EVENTS, MAX_SECTIONS } from './content-limits';
import { ARTICLE_CARD_ID_PREFIX, eventDetailsId, RESERVED_PAGE_IDS } from '../lib/page-ids';

/** Ids end up in URLs that readers share: keep them to what survives any chat app untouched. */
const urlId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, like "vote-du-parlement"');

/** "2020", "2020-01" or "2020-01-03": an event is dated only as precisely as the text knows. */
const partialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as precise as known: "2020", "2020-01" or "2020-01-03"');

const section = z.strictObject({
  id: urlId,
  title: z.string().trim().min(1, 'must not be empty'),
  /** The words the section's first paragraph (or caption) begins with, copied from the text. */
  startsAt: z.string().trim().min(1, 'must not be empty'),
});

const timelineEvent = z.strictObject({
  id: urlId,
  date: partialIsoDate,
  /** Shown instead of the formatted date when the text is vaguer than the date's precision ("fin 2021"). */
  dateLabel: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1, 'must not be empty'),
  summary: z.string().trim().min(1, 'must not be empty'),
  /** Words copied from the paragraph that tells the event: the event links there. */
  passage: z.string().trim().min(1, 'must not be empty'),
});

/** Keeps the events the parser proposed (when the edition gives no `events` of its own), hiding or retitling some. */
const proposedEvents = z.strictObject({
  /** Ids of proposed events not to show (a statement the parser dated that is not an event of the story). */
  hide: z.array(z.string()).default([]),
  /** A better title for a proposed event, by id. */
  retitle: z.record(z.string(), z.string().trim().min(1, 'must not be empty')).default({}),
});

export const editionSchema = z
  .strictObject({
    /** The article featured on the front page. One article at most may say so; with none, the newest is. */
    default: z.boolean().optional(),
    /** The meta description for link previews; the first paragraph's opening when absent. */
    description: z.string().trim().min(1).max(300).optional(),
    /** When the article was first published, if the editor knows it (ISO 8601 date or date-time). */
    publishedAt: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
    sections: z.array(section).max(MAX_SECTIONS, `at most ${MAX_SECTIONS} sections: a table of contents longer than that is no help to a reader`).default([]),
    /** The editor's own timeline; without it, the timeline shows the events the parser proposed. */
    events: z.array(timelineEvent).max(MAX_EVENTS, `at most ${MAX_EVENTS} events: a timeline longer than that is no help to a reader`).optional(),
    proposedEvents: proposedEvents.optional(),
  })
  .superRefine((edition, context) => {
    // Two anchors with one id would make a shared link land on whichever comes first.
    const seen = new Map<string, string>();
    const check = (id: string, path: (string | number)[]) => {
      // The page's own ids (its main content, its timeline…) would be taken by the edition, and the app lost.
      if (RESERVED_PAGE_IDS.has(id)) {
        context.addIssue({ code: 'custom', path, message: `id "${id}" is one of the page's own ids, which are reserved: ${[...RESERVED_PAGE_IDS].join(', ')}` });
        return;
      }
      // The lists of articles at the end of the page give each card an id made from its article's slug.
      if (id.startsWith(ARTICLE_CARD_ID_PREFIX)) {
        context.addIssue({ code: 'custom', path, message: `id "${id}" starts with "${ARTICLE_CARD_ID_PREFIX}", which the page's lists of articles use` });
        return;
      }
      const other = seen.get(id);
      if (other) context.addIssue({ code: 'custom', path, message: `id "${id}" is already used by ${other}` });
      else seen.set(id, `${String(path[0])}[${String(path[1])}]`);
    };
    edition.sections.forEach((s, index) => check(s.id, ['sections', index, 'id']));
    edition.events?.forEach((e, index) => check(e.id, ['events', index, 'id']));
    // An event's details take a second id, derived from the event's: no other anchor may have it.
    edition.events?.forEach((e, index) => {
      const other = seen.get(eventDetailsId(e.id));
      if (other) context.addIssue({ code: 'custom', path: ['events', index, 'id'], message: `the details of event "${e.id}" take the id "${eventDetailsId(e.id)}", already used by ${other}` });
    });
    if (edition.events && edition.proposedEvents) {
      context.addIssue({ code: 'custom', path: ['proposedEvents'], message: 'has no effect when "events" is given: the edition’s own events replace the proposed ones' });
    }
  });

export type Edition = z.output<typeof editionSchema>;
export type EditionSection = Edition['sections'][number];
export type EditionEvent = NonNullable<Edition['events']>[number];

export interface EditionProblem {
  /** Where in the file: "events[2].passage", or "" for the file as a whole. */
  field: string;
  message: string;
}

/** Validates parsed JSON; the problems name each field the way an editor would look for it in the file. */
export function validateEdition(json: unknown): { ok: true; edition: Edition } | { ok: false; problems: EditionProblem[] } {
  const result = editionSchema.safeParse(json);
  if (result.success) return { ok: true, edition: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: formatFieldPath([...issue.path, key]), message: 'unknown field' }))
        : [{ field: formatFieldPath(issue.path), message: issue.message }],
    ),
  };
}

function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}
