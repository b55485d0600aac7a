// Claims -> events: the editor's pins first, then the automatic rules for the rest.

import { toDaySpan } from "./days";
import { findEventToJoin, widenSpan, type JoinableEvent } from "./find-event-to-join";
import { toPlaceKey } from "./name-key";
import { compareEventGroups, toEventGroup } from "./to-event-group";
import type { ClaimInput, EventGroup, GroupingOptions } from "./types";

export const DEFAULT_ADJACENT_DAYS = 0;

/**
 * Groups claims into events, the same way whatever order they arrive in.
 *
 * - Rejected claims are left out.
 * - A claim an editor pinned (eventPinned with an eventId) stays in that event whatever
 *   the rules say: merging is pinning claims to one eventId, splitting is pinning them to
 *   two. A pinned event is closed: automatic claims never join it, as `Event.isManual`
 *   promises ("automatic regrouping leaves it alone"). An unpinned eventId is ignored.
 * - A claim with no period is its own event, flagged `undated` (listed, never charted).
 * - Every other claim is placed in id order, which is the order ingest stores them in, by
 *   findEventToJoin: the very function ingest runs against the stored events. So a claim
 *   with no place joins the only event of its period *at the time it arrives*, and a claim
 *   overlapping two events of its place joins the earlier one (it does not merge them).
 *   Cumulative totals join only totals of the same side, place and period.
 */
export function groupClaimsIntoEvents(
  claims: readonly ClaimInput[],
  options: GroupingOptions = {},
): EventGroup[] {
  const adjacentDays = options.adjacentDays ?? DEFAULT_ADJACENT_DAYS;
  if (!Number.isInteger(adjacentDays) || adjacentDays < 0) {
    throw new RangeError(`adjacentDays must be a whole number of days >= 0, got ${adjacentDays}`);
  }
  const live = withUniqueIds(claims).filter((c) => c.reviewStatus !== "rejected");
  const pinned = live.filter(isPinnedClaim);
  const free = live.filter((c) => !isPinnedClaim(c));
  const isDated = (c: ClaimInput) => c.periodStart !== null || c.periodEnd !== null;

  const groups = [
    ...groupPinnedClaims(pinned),
    ...free.filter((c) => !isDated(c)).map((c) => alone(c)),
    ...placeInArrivalOrder(free.filter(isDated), adjacentDays).map((members) =>
      toEventGroup({ key: `auto:${lowestId(members)}`, eventId: null, isPinned: false }, members),
    ),
  ];
  return groups.sort(compareEventGroups);
}

export function isPinnedClaim(claim: ClaimInput): boolean {
  return claim.eventPinned && claim.eventId !== null;
}

function groupPinnedClaims(pinned: readonly ClaimInput[]): EventGroup[] {
  const byEvent = new Map<number, ClaimInput[]>();
  for (const claim of pinned) byEvent.set(claim.eventId!, [...(byEvent.get(claim.eventId!) ?? []), claim]);
  return [...byEvent].map(([eventId, members]) =>
    toEventGroup({ key: `event:${eventId}`, eventId, isPinned: true }, members),
  );
}

function alone(claim: ClaimInput): EventGroup {
  return toEventGroup({ key: `undated:${claim.id}`, eventId: null, isPinned: false }, [claim]);
}

type Forming = JoinableEvent & { claims: ClaimInput[] };

/** Each claim, oldest first, joins the event findEventToJoin picks among those formed so far, or opens one. */
function placeInArrivalOrder(dated: readonly ClaimInput[], adjacentDays: number): ClaimInput[][] {
  const events: Forming[] = [];
  for (const claim of [...dated].sort((a, b) => a.id - b.id)) {
    const span = toDaySpan(claim.periodStart, claim.periodEnd)!;
    const place = toPlaceKey(claim.place);
    const event = findEventToJoin({ scope: claim.scope, side: claim.side, place, span }, events, adjacentDays);
    if (event === null) {
      events.push({ order: events.length, scope: claim.scope, place, span, members: [{ side: claim.side, span }], claims: [claim] });
    } else {
      event.span = widenSpan(event.span, span);
      event.members = [...event.members, { side: claim.side, span }];
      event.claims.push(claim);
    }
  }
  return events.map((e) => e.claims);
}

function lowestId(members: readonly ClaimInput[]): number {
  return Math.min(...members.map((c) => c.id));
}

/** Two different claims under one id would make the result depend on input order. */
function withUniqueIds(claims: readonly ClaimInput[]): readonly ClaimInput[] {
  const seen = new Set<number>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new Error(`Claim ${claim.id} appears twice`);
    seen.add(claim.id);
  }
  return claims;
}
