// The one rule that puts a claim into an event. Ingest (lib/mutations/assign-claims-to-events.ts)
// calls it for each new claim against the events stored so far; groupClaimsIntoEvents calls it
// for each claim in arrival (id) order against the events it has built so far. Same function,
// same answer: the statement of the rules and the code that runs are one.

import { daysApart, type DaySpan } from "./days";
import type { Scope } from "./types";

/**
 * Two cumulative periods are "the same" when the days they share are at least this share of
 * the longer one's days. Scale-free on purpose: "in June" (1-30) and "since June 3" (3-30)
 * share 28/30 = 93% and are one total; Ramadan 2014 (30 days) and the whole war
 * (2011-03 to 2016-02, about 1,800 days) share under 2% and never meet.
 */
export const SAME_CUMULATIVE_PERIOD_SHARE = 0.9;

/** A dated claim as the rule sees it. `place` and `side` are compared for equality only (folded names or ids). */
export type ClaimToJoin = { scope: Scope; side: string; place: string | null; span: DaySpan };

/** An automatic (never an editor's) event that a claim could join. */
export type JoinableEvent = {
  /** Earlier-opened events have lower orders (the event id in the database). */
  order: number;
  scope: Scope;
  place: string | null;
  /** The period covering all its members. */
  span: DaySpan;
  /** Its claims' sides and periods: cumulative events are checked member by member. */
  members: readonly { side: string; span: DaySpan }[];
};

/**
 * The event a new dated claim joins, or null to open one of its own.
 * - Incident, with a place: the earliest event of that place whose period overlaps its own
 *   (or lies at most `adjacentDays` apart). Sides do not matter: one battle, both sides' dead.
 * - Incident, no place: the one placed event its period fits, when there is exactly one;
 *   with two or more we cannot tell which happening it reports, so it stays alone.
 * - Cumulative: the earliest cumulative event at the same place (no place meets only no place)
 *   whose every member counts the same side over the same period (SAME_CUMULATIVE_PERIOD_SHARE).
 *   A total is never added to incidents, nor to a total of another period, place or side.
 * Editors' events are never offered: automatic claims do not join them.
 */
export function findEventToJoin<E extends JoinableEvent>(claim: ClaimToJoin, events: readonly E[], adjacentDays: number): E | null {
  const earliest = (fits: E[]) => fits.reduce<E | null>((a, b) => (a === null || b.order < a.order ? b : a), null);
  const sameScope = events.filter((e) => e.scope === claim.scope);
  if (claim.scope === "cumulative") {
    return earliest(
      sameScope.filter(
        (e) => e.place === claim.place && e.members.every((m) => m.side === claim.side && isSamePeriod(m.span, claim.span)),
      ),
    );
  }
  const near = sameScope.filter((e) => e.place !== null && daysApart(e.span, claim.span) <= adjacentDays);
  if (claim.place !== null) return earliest(near.filter((e) => e.place === claim.place));
  return near.length === 1 ? near[0] : null;
}

/** Shared days >= SAME_CUMULATIVE_PERIOD_SHARE of the longer period (both ends inclusive). */
export function isSamePeriod(a: DaySpan, b: DaySpan): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  const longer = Math.max(a.end - a.start, b.end - b.start) + 1;
  return shared >= SAME_CUMULATIVE_PERIOD_SHARE * longer;
}

/**
 * How many days a period that isSamePeriod with `span` can reach past either of its ends:
 * sharing `share` of the longer period, the other is at most span/share long, and what it
 * has outside `span` is at most (1 - share) of its own length. The database narrows a
 * cumulative claim's candidate events with it (lib/mutations/assign-claims-to-events.ts):
 * an automatic event's period is its members' together, so one reaching further has a
 * member that is not the same period. (The epsilon keeps 0.1 / 0.9 * 9 from flooring to 0.)
 */
export function cumulativeSlack(span: DaySpan, share = SAME_CUMULATIVE_PERIOD_SHARE): number {
  return Math.floor(((1 - share) / share) * (span.end - span.start + 1) + 1e-9);
}

/** The period of an event after a claim joins it. */
export function widenSpan(a: DaySpan, b: DaySpan): DaySpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
