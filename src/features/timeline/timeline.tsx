// The "Chronologie": the events the article tells, in date order, each one linked to the passage that tells it.
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { TimelineEvent } from '../../content/article-page';
import { CopyLinkButton } from '../../components/copy-link-button';
import { DisclosureButton } from '../../components/disclosure-button';
import { idFromHash } from '../../lib/id-from-hash';
import { eventDetailsId, PAGE_IDS } from '../../lib/page-ids';

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const [open, setOpen] = useState(true);
  const [openEvents, setOpenEvents] = useState<ReadonlySet<string>>(new Set());
  const { hash, key } = useLocation();

  // A link to an event must show it, even when the reader (or a previous visit) closed the timeline.
  useEffect(() => {
    const id = idFromHash(hash);
    if (!id || !events.some((event) => event.id === id)) return;
    setOpen(true);
    setOpenEvents((current) => new Set(current).add(id));
  }, [hash, key, events]);

  if (events.length === 0) return null;

  const toggleEvent = (id: string) =>
    setOpenEvents((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <aside aria-labelledby={PAGE_IDS.timelineTitle} id={PAGE_IDS.timeline} className="scroll-mt-6 font-sans">
      <h2 id={PAGE_IDS.timelineTitle} className="text-lg font-bold text-ink">
        <DisclosureButton open={open} onToggle={() => setOpen(!open)} controls="chronologie-evenements" className="items-center">
          Chronologie
        </DisclosureButton>
      </h2>
      <ol id={PAGE_IDS.timelineEvents} hidden={!open} className="mt-2 border-l-2 border-rule">
        {events.map((event) => (
          <TimelineEntry key={event.id} event={event} open={openEvents.has(event.id)} onToggle={() => toggleEvent(event.id)} />
        ))}
      </ol>
    </aside>
  );
}

interface TimelineEntryProps {
  event: TimelineEvent;
  open: boolean;
  onToggle: () => void;
}

function TimelineEntry({ event, open, onToggle }: TimelineEntryProps) {
  const detailsId = eventDetailsId(event.id);
  return (
    <li id={event.id} data-passage={event.blockId} className="relative scroll-mt-6 rounded-sm py-1 pl-4">
      <span aria-hidden="true" className="absolute top-3.5 -left-[5px] size-2 rounded-full bg-accent" />
      <h3 className="text-base">
        <DisclosureButton open={open} onToggle={onToggle} controls={detailsId} className="items-start py-1">
          <span>
            <time dateTime={event.date} className="block text-sm font-semibold text-accent">
              {event.dateLabel}
            </time>
            <span className="block leading-snug font-semibold text-ink">{event.title}</span>
          </span>
        </DisclosureButton>
      </h3>
      <div id={detailsId} hidden={!open} className="pb-3 text-sm text-ink">
        {event.summary && <p className="mb-2 leading-relaxed">{event.summary}</p>}
        <p className="flex items-center gap-2">
          <Link to={{ hash: event.passageId ?? event.blockId }} className="font-semibold text-accent underline underline-offset-2">
            Lire dans l’article
          </Link>
          <CopyLinkButton targetId={event.id} label={`Copier le lien vers l’événement : ${event.title}`} />
        </p>
      </div>
    </li>
  );
}
