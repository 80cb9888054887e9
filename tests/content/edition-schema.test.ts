// An editor's mistakes in edition.json are named by field, so the fix is obvious from the message.
import { describe, expect, it } from 'vitest';
import { validateEdition } from '../../src/content/edition-schema';

const event = { id: 'vote', date: '2020-01', title: 'Vote', summary: 'Le parlement vote.', passage: 'ont voté' };

describe('edition.json validation', () => {
  it('accepts a full edition and fills in absent lists', () => {
    const result = validateEdition({ default: true });
    expect(result).toEqual({ ok: true, edition: { default: true, sections: [] } });
  });

  it('names an unknown field with its path', () => {
    const result = validateEdition({ events: [{ ...event, colour: 'red' }], author: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ field: 'events[0].colour', message: 'unknown field' });
    expect(result.problems).toContainEqual({ field: 'author', message: 'unknown field' });
  });

  it('refuses a date more precise than a real one, or not a date', () => {
    for (const date of ['janvier 2020', '2020-13', '2020-01-32', '20']) {
      const result = validateEdition({ events: [{ ...event, date }] });
      expect(result.ok, date).toBe(false);
      if (!result.ok) expect(result.problems[0]?.field).toBe('events[0].date');
    }
    for (const date of ['2020', '2020-01', '2020-01-03']) expect(validateEdition({ events: [{ ...event, date }] }).ok, date).toBe(true);
  });

  it('refuses two anchors with one id, across sections and events', () => {
    const result = validateEdition({
      sections: [{ id: 'vote', title: 'Le vote', startsAt: 'Avec une majorité' }],
      events: [event, { ...event }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['events[0].id', 'events[1].id']);
    expect(result.problems[0]?.message).toContain('already used by sections[0]');
  });

  it('fills in the choices about proposed events, and refuses them beside the edition’s own events', () => {
    expect(validateEdition({ proposedEvents: { hide: ['evenement-x-1234'] } })).toEqual({
      ok: true,
      edition: { sections: [], proposedEvents: { hide: ['evenement-x-1234'], retitle: {} } },
    });
    const both = validateEdition({ events: [event], proposedEvents: { hide: [] } });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.problems).toEqual([{ field: 'proposedEvents', message: expect.stringContaining('has no effect when "events" is given') }]);
  });

  it('refuses an empty new title for a proposed event', () => {
    const result = validateEdition({ proposedEvents: { retitle: { 'evenement-x-1234': ' ' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('proposedEvents.retitle.evenement-x-1234');
  });

  it('refuses ids that would not survive in a URL', () => {
    const result = validateEdition({ sections: [{ id: 'Le Vote!', title: 'Le vote', startsAt: 'Avec' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ field: 'sections[0].id' });
  });
});
