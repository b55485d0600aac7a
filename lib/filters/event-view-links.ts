// The comparison and uncertainty views narrowed to one event, by the filters a
// reader can see and change in the filter bar: its place (with what lies within
// it), its start day (a date range keeps every event whose period overlaps it, and
// the one day keeps fewer neighbours than the whole period would), its
// scope, and for a data set's row that data set. Other events of the same place,
// day and scope, if any, stay in view beside it.
import { DEFAULT_FILTERS, DEFAULT_OUTCOME, OUTCOMES, type Convention, type Outcome } from "./filter-schema";
import { toQueryString } from "./serialize";

type EventForLinks = { place: string | null; periodStart: string | null; scope: string; dataset: string | null; outcomes: readonly string[]; convention: Convention };

export type EventViewLinks = { compare: string; uncertainty: { outcome: Outcome; href: string }[] } | null;

/** null for an undated event: no view lists it. */
export function eventViewLinks(event: EventForLinks): EventViewLinks {
  if (!event.periodStart) return null;
  const filters = {
    place: event.place ? [event.place] : [],
    from: event.periodStart,
    to: event.periodStart,
    scope: [event.scope],
    outlet: event.dataset ? [event.dataset] : [],
    convention: event.convention,
  };
  const defaults = { convention: DEFAULT_FILTERS.convention };
  // The uncertainty view shows one outcome at a time: one link per outcome the event has.
  const outcomes = OUTCOMES.filter((o) => event.outcomes.includes(o));
  return {
    compare: `/compare${toQueryString(filters, defaults)}`,
    uncertainty: (outcomes.length ? outcomes : [DEFAULT_OUTCOME]).map((outcome) => ({
      outcome,
      href: `/uncertainty${toQueryString({ ...filters, outcome: outcome === DEFAULT_OUTCOME ? undefined : outcome }, defaults)}`,
    })),
  };
}
