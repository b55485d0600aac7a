// The one link to an event's page (/events/ID), used wherever an event is mentioned:
// the comparison and uncertainty rows, the claims table, a report's claims, the
// spanning-events list. Not a client component: it renders on either side.
import Link from "next/link";
import type { ReactNode } from "react";

export function eventHref(eventId: number): string {
  return `/events/${eventId}`;
}

/** "Event 12" by default; `children` for another wording. */
export function EventLink({ eventId, children }: { eventId: number; children?: ReactNode }) {
  return (
    <Link href={eventHref(eventId)} className="event-link" data-testid="event-link" title={`Event ${eventId}: its claims, how its estimate was derived, its history`}>
      {children ?? `Event ${eventId}`}
    </Link>
  );
}
