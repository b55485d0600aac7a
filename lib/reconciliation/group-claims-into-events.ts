// Claims -> events: the editor's pins first, then the automatic rules for the rest.

import { linkDatedIncidents } from "./link-dated-incidents";
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
 * - Cumulative claims are never grouped: each is its own event, compared, not added.
 * - An incident claim with no period is its own event, flagged `undated`.
 * - Dated incident claims cluster by place and period (see linkDatedIncidents). A report
 *   is no barrier: one report often gives both sides' dead in one battle, and repeats by
 *   one claimant collapse later, when estimating.
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
    ...free.filter((c) => c.scope === "cumulative").map((c) => alone("cumulative", c)),
    ...free.filter((c) => c.scope === "incident" && !isDated(c)).map((c) => alone("undated", c)),
    ...linkDatedIncidents(
      free.filter((c) => c.scope === "incident" && isDated(c)),
      adjacentDays,
    ).map((members) => toEventGroup({ key: `auto:${lowestId(members)}`, eventId: null, isPinned: false }, members)),
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

function alone(kind: "cumulative" | "undated", claim: ClaimInput): EventGroup {
  return toEventGroup({ key: `${kind}:${claim.id}`, eventId: null, isPinned: false }, [claim]);
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
